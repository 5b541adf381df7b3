package article

func (a *Article) tag() {}
