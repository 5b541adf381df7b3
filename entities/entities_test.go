package entities

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/article"
)

// found maps mention text to label, and mention text to its cluster's name.
func found(t *testing.T, text string) (*article.Article, *Result, map[string]Label, map[string]string) {
	t.Helper()
	a, err := article.Parse(text)
	require.NoError(t, err)
	r := Recognize(a)
	checkResult(t, a, r)
	labels, names := map[string]Label{}, map[string]string{}
	for _, m := range r.Mentions {
		labels[m.Text(a)] = m.Label
		names[m.Text(a)] = r.Clusters[m.Cluster].Name
	}
	return a, r, labels, names
}

func TestRecognize(t *testing.T) {
	cases := []struct {
		name, text string
		labels     map[string]Label
		absent     []string
	}{
		{"a place the model was unsure of, set off by commas after a road's name, is the address's town",
			"Man jailed\n\nLewis Carter, 29, of Halbrook Road, Tenby, was travelling at 70mph in a 30mph zone when he hit Owen Price on the A478 near Penally in March last year, Swansea Crown Court heard.",
			map[string]Label{"Tenby": GPE, "Halbrook Road": Fac}, nil},
		{"a place's common noun alone, capitalized to open a sentence before a word in lower case, is no place",
			"Budget\n\nResidents packed City Hall to protest.\n\nCity council member Raj Patel said he would vote against the budget.",
			map[string]Label{"City Hall": Fac, "Raj Patel": Person}, []string{"City"}},
		{"one word read as a person between \"the\" and a company's site is the company, in every mention",
			"Explosion\n\nFire crews were called to the Norchem site at Billingham at 9.40am.\n\nNorchem said it was working with the Health and Safety Executive to find out what had happened.",
			map[string]Label{"Norchem": Org, "Billingham": GPE}, nil},
		{"a title in marks after its work's noun is no place; a company's noun opening the sentence before a body the rules found is no part of its name",
			"Memoir\n\nKemp discovered novelist Tom Aldridge, whose debut \"The Salt Road\" went on to sell two million copies.\n\nPublisher Harbour Books said early sales had exceeded expectations.",
			map[string]Label{"Tom Aldridge": Person, "Harbour Books": Org}, []string{"Salt Road", "Publisher Harbour Books"}},
		{"a name ending in a school's stage, read as a place, is a school",
			"Funding\n\nSarah Pullen, head of Greenway Primary in Kelby, said her school was spending more.",
			map[string]Label{"Greenway Primary": Org, "Kelby": GPE}, nil},
		{"one capitalized word after a journey's noun and \"from\" or \"to\" is a town, however it ends",
			"Ferries\n\nStorms forced the cancellation of every sailing from Oban for a third day, and flights to Tiree were cancelled.",
			map[string]Label{"Oban": GPE, "Tiree": GPE}, nil},
		{"a name no person bears before a possessive and a nation's office is a nation, in every mention",
			"Talks\n\nNegotiators from Valdoria and Kestria met in Geneva. Kestria's foreign minister, Arman Tevosyan, said Valdoria was not serious.",
			map[string]Label{"Kestria": GPE, "Arman Tevosyan": Person}, nil},
		{"a given name the model does not know, which the lists do, opens the person's name",
			"Inquest\n\nKian Walsh, from Hexley, died in his bedroom in February last year.",
			map[string]Label{"Kian Walsh": Person, "Hexley": GPE}, []string{"Walsh"}},
		{"a one-word body that is the surname of a person named in full before it is that person, not a body's first word named elsewhere",
			"The last blacksmith on the island\n\nEvery morning at six, Duncan MacLeod lights the forge his grandfather built in 1921.\n\nMacLeod learned the trade from his father, Alasdair, who shod ponies.\n\nMacLeod is less sentimental. Asked whether anyone will take over, he shrugs.\n\nHis son Andrew Kelso founded Kelso Media. Kelso said it was growing.",
			map[string]Label{"Duncan MacLeod": Person, "MacLeod": Person}, nil},
		{"a company's first word alone is the company when its name ends in a company's word (Pharma)",
			"Jobs\n\nCorvane Pharma said on Monday it would cut 900 jobs. Shares in Corvane fell 4% in Zurich.",
			map[string]Label{"Corvane Pharma": Org, "Corvane": Org, "Zurich": GPE}, nil},
		{"\"Lough\" opens a lake's name",
			"Lake\n\nThe team took samples from Lough Ardan, which sits at 1,100 metres.",
			map[string]Label{"Lough Ardan": Loc}, nil},
		{"capitalized words after a name right after a company's noun are the name's",
			"Flood\n\nNew flood defences for the town of Kelmford will not be finished before the winter.\n\nResidents' group Kelmford Flood Action said it was \"furious\".",
			map[string]Label{"Kelmford": GPE, "Kelmford Flood Action": Org}, nil},
		{"one word set off by commas after a building's name after a preposition of place is its town",
			"Review\n\nThere is a moment in Tessa Graham's production when the theatre holds its breath.\n\nHamlet runs at the Corn Exchange, Wexley, until 14 December.",
			map[string]Label{"Corn Exchange": Org, "Wexley": GPE}, nil},
		{"a body's short form defined in brackets is the body wherever the model read it alone as someone",
			"Strike\n\nPilots at budget airline SkyBridge have voted to strike.\n\nThe British Airline Pilots' Association (Balpa) said 91% of members backed action.\n\nBalpa general secretary Martin Keogh said pilots had been pushed to the edge.\n\nDates have not been announced. Balpa must give the airline at least 14 days' notice.",
			map[string]Label{"Balpa": Org, "Martin Keogh": Person}, nil},
		{"a saint's name before a possessive with no name or noun after it is the building named after the saint",
			"Church\n\nParishioners in Little Hadley, where St Michael's has stood since the 12th century, have launched a petition.",
			map[string]Label{"Little Hadley": GPE, "St Michael": Fac}, nil},
		{"a plural's possessive mark and a body's word after a body's plural the model read are the name's",
			"Rail fares to rise\n\nRail fares in England will rise by 4.6% from March, the government has confirmed.\n\nBut passenger groups said the increase would push more people back into their cars. \"Every year fares go up and every year the service gets worse,\" said Norman Pike, chairman of the Kelby Rail Users' Group.",
			map[string]Label{"Norman Pike": Person, "Kelby Rail Users' Group": Org}, nil},
		{"a name set off after a maker's noun a person may bear too, read as a place, is the company",
			"Prize\n\nMorag Ellison has won the prize for her novel.\n\nHer publisher, Canongate Harbour, said sales had trebled since the shortlist was announced.",
			map[string]Label{"Morag Ellison": Person, "Canongate Harbour": Org}, nil},
		{"a place's name of three words or more ending in a body's head word is the body",
			"Summit\n\nSpeaking at the Pacific Islands Forum in Suva, Graham Whitby said Australia had invested more than A$20 billion in renewable energy.",
			map[string]Label{"Pacific Islands Forum": Org, "Suva": GPE}, nil},
		{"an institution's noun opening a headline is no name, though a longer name opens with it",
			"University staff to strike over pensions\n\nLecturers at 40 universities will walk out next month, the University and College Union has announced.",
			map[string]Label{"University and College Union": Org}, []string{"University"}},
		{"proper nouns no list knows after \"named as\", over an age, are a person",
			"Stabbing\n\nThe victim, who has been named locally as 17-year-old Tavion Darrow, was found with stab wounds on Market Street shortly after 11pm.",
			map[string]Label{"Tavion Darrow": Person}, nil},
		{"a word ending in \"shire\" read as a person is a county, and a longer name ending in it a body",
			"App to let patients book GP appointments online\n\nPatients in Kelbyshire will be able to book GP appointments through a new app from January, health chiefs have announced.\n\nHowever, Age Concern Kelbyshire warned that older people without smartphones must not be left behind.",
			map[string]Label{"Kelbyshire": GPE, "Age Concern Kelbyshire": Org}, nil},
		{"a person's surname alone, which the model left out, is the person",
			"Honour\n\nProfessor Linnea Okafor-Hart, 67, of the University of Kelby, said the award was \"a recognition of a whole team\".\n\nOkafor-Hart said she hoped the lessons of the last pandemic would not be forgotten.",
			map[string]Label{"Linnea Okafor-Hart": Person, "Okafor-Hart": Person}, nil},
		{"capitalized words the model left out after a company's noun after \"the\" are a body",
			"Farmers\n\nOrganisers from the group Farmers Together said about 400 tractors took part.",
			map[string]Label{"Farmers Together": Org}, nil},
		{"capitalized words the model left out after \"HM\" are a crown body; a name ending in Brothers is a company",
			"Rescue\n\nA spokesperson for HM Coastguard said: \"If you get into trouble, call 999.\"\n\nRetail analyst Dina Patel, of Kessler Brothers, said the chain had struggled.",
			map[string]Label{"HM Coastguard": Org, "Kessler Brothers": Org, "Dina Patel": Person}, nil},
		{"words either side of an \"&\" with a company's word after are one company, though a given name is one of them",
			"Ferry\n\nClyde & Isles Ferries Ltd admitted breaching health and safety laws at a hearing at Oban Sheriff Court.",
			map[string]Label{"Clyde & Isles Ferries Ltd": Org}, []string{"Clyde"}},
		{"a proper noun and a surname opening with a particle and a hyphen are a person, and the surname alone after, capitalized, is that person",
			"Talks\n\nQatar's foreign ministry spokesman, Samir al-Kestrani, told reporters the mediators were \"cautiously optimistic\". Al-Kestrani said talks would go on.",
			map[string]Label{"Samir al-Kestrani": Person, "Al-Kestrani": Person, "Qatar": GPE}, nil},
		{"a public body's name the lists know (Historic England) is the body, not a place",
			"Spire\n\nHistoric England, which gave £1.5m towards the project, said the spire was one of the most important medieval structures in the north.",
			map[string]Label{"Historic England": Org}, []string{"England"}},
		{"a name after a point of the compass and \"of\" is a place",
			"Homes\n\nA plan to build 2,000 homes on farmland north of Ashcombe has been approved by councillors.",
			map[string]Label{"Ashcombe": GPE}, nil},
		{"capitalized words no list knows before \"shares\" and a finite verb are a company",
			"Breach\n\nThe firm said hackers had stolen customer data.\n\nCloudnest shares fell 6% in after-hours trading.",
			map[string]Label{"Cloudnest": Org}, nil},
		{"a word that opens clubs' and companies' names (Sparta, Minera) makes the name a body",
			"Transfer\n\nCoastport have signed striker Tomas Kelner from Sparta Brenk for a club-record fee.\n\nMinera Altavista said the collapse happened shortly after midnight.",
			map[string]Label{"Sparta Brenk": Org, "Minera Altavista": Org, "Tomas Kelner": Person}, nil},
		{"a club's last word alone, \"City\" too, read as a person, is the club",
			"Rovers come from behind to beat City\n\nKelby Rovers 3-2 Harbourside City\n\nJamie Fowler scored twice in the second half as Kelby Rovers came from two goals down to beat Harbourside City.\n\nCity led through Marco Bellini's header and a penalty from Sam Oyelaran before the break.",
			map[string]Label{"City": Org, "Harbourside City": Org}, nil},
		{"an orchestra's word ends a body's name; a name after \"in\" after a site's noun is a place; a name after \"and\" after a place a preposition opens is a place",
			"Music\n\nShe made her debut with the Halden Philharmonic in 1968.\n\nThe airline said it would create 500 jobs at its engineering base in Shannon.\n\nPupils would be offered places at schools in Brandham and Eastcote.",
			map[string]Label{"Halden Philharmonic": Org, "Shannon": GPE, "Brandham": GPE, "Eastcote": GPE}, nil},
		{"a place the model read before a body's word is the body; a town after \"in nearby\"; capitalized words a company's description follows after a comma are the body",
			"Runway\n\nSgt Lisa Harwin, of Wiltshire Police's roads policing unit, said the road was busy.\n\nGraham Oakes has lived in nearby Hatherley for 40 years.\n\nBut Stop Kelby Expansion, a group representing 4,000 households, said noise would rise.",
			map[string]Label{"Wiltshire Police": Org, "Hatherley": GPE, "Stop Kelby Expansion": Org}, []string{"Wiltshire"}},
		{"one word with a capital inside that a body's act follows is a body, and so is every other mention of it",
			"Stranded\n\nThe SunAir flight was diverted to Bordeaux on Friday evening after a passenger fell ill.\n\nSunAir apologised for the delay.",
			map[string]Label{"SunAir": Org, "Bordeaux": GPE}, nil},
		{"a name after accountants \"at\" is the firm that employs them",
			"Jobs\n\nThe firm appointed accountants at Grant Mercer as administrators on Monday.",
			map[string]Label{"Grant Mercer": Org}, nil},
		{"a name of two words, no given name first, set off after a possessive and a maker's noun a person may bear too, read as a person, is the company",
			"Pipeline\n\nThe pipeline's developer, Allegheny Midstream, welcomed the ruling.",
			map[string]Label{"Allegheny Midstream": Org}, nil},
		{"a body the model read before a capitalized body's word is the longer name",
			"Fined\n\nThe Isle Star at Kelby harbour. Photo: Tom Vey\n\nA ferry operator has been fined.\n\n© Kelby Gazette 2026",
			map[string]Label{"Kelby Gazette": Org}, nil},
		{"a name ending in a word of a place that is no political unit, read as a body after a preposition of place, is that place; the RNLI is a body the lists know",
			"Cliff\n\nThe 16-year-old boy was walking with friends near Gull Cove on Saturday afternoon when he slipped, the coastguard said.\n\nCrews from Porthcarrow were sent to the scene, along with the RNLI's Porthcarrow lifeboat.",
			map[string]Label{"Gull Cove": Loc, "RNLI": Org}, nil},
		{"Councilmember is a title, no part of the name",
			"Police\n\nCouncilmember Rosa Ibarra, who represents one of the three neighborhoods, said she supported the change.",
			map[string]Label{"Rosa Ibarra": Person}, []string{"Councilmember Rosa Ibarra"}},
		{"capitalized words the model left out ending in Police are a force, without the article opening the sentence",
			"Death\n\nDet Insp Ruth Stevens, of Kelshire Police's major crime unit, said: \"Our thoughts are with the family.\"\n\nA Kelshire Police spokesman said: 'Officers attended as a precaution.'",
			map[string]Label{"Kelshire Police": Org}, []string{"A Kelshire Police"}},
		{"one capitalized word between \"In\" opening a sentence and a comma is a place (not a month)",
			"Fire\n\nResidents of eight villages were ordered to evacuate. In Varnavas, resident Eleni Koutsou said the flames came close.\n\nIn March, the council met.",
			map[string]Label{"Varnavas": GPE, "Eleni Koutsou": Person}, []string{"March"}},
		{"\"Former\" opening a sentence is no part of a body's name after it",
			"Jailed\n\nFormer Premier League footballer Curtis Ndolo has been jailed for 11 years.",
			map[string]Label{"Premier League": Org, "Curtis Ndolo": Person}, []string{"Former Premier League"}},
		{"a name read as a place after a body's job and \"of\" is the body",
			"Vote\n\n\"We can't wait for the capital,\" said Alicia Dorn, executive director of Vote Forward Ohio.",
			map[string]Label{"Vote Forward Ohio": Org, "Alicia Dorn": Person}, nil},
		{"a place's name ending in a club's word before a plural verb is the club",
			"Sacked\n\nHarbourside City have sacked head coach Marek Dvorak after a run of five straight defeats.",
			map[string]Label{"Harbourside City": Org, "Marek Dvorak": Person}, nil},
		{"Ada is a given name: a given name and a surname the model was unsure of are a person",
			"Tennis: Okafor wins first Grand Slam title\n\nNigerian-born Briton Ada Okafor won her first Grand Slam title on Saturday, beating world number two Elena Marchetti in the final.\n\nOkafor, 22, is the first British woman to win since 2021.",
			map[string]Label{"Ada Okafor": Person, "Okafor": Person, "Elena Marchetti": Person}, nil},
		{"a name after \"the island of\" is the island",
			"Ferry\n\nThe operator has cancelled all sailings to the island of Carran for three weeks.",
			map[string]Label{"Carran": Loc}, nil},
		{"a job title before a name and \"of\" and a body read as one body: the person, then the body",
			"Shares in Pellow rose 6% on the news.\n\nAnalyst Ottilie Marsk of Greyfold Securities said investors had been waiting for the company to act.",
			map[string]Label{"Ottilie Marsk": Person, "Greyfold Securities": Org}, []string{"Analyst Ottilie Marsk of Greyfold Securities"}},
		{"a day after a journey's noun and \"from\" is no town",
			"Rail shake-up\n\nPassengers in the north face a major shake-up of services from Sunday, the operator said.",
			nil, []string{"Sunday"}},
		{"capitalized words after a demonym and \"side\" are a club",
			"Transfer\n\nKelby Rovers have signed a striker from Belgian side Harsveld Vooruit on a four-year contract.",
			map[string]Label{"Harsveld Vooruit": Org}, nil},
		{"a credit's agency after a slash after the photographer",
			"Shop saved\n\nThe village has raised £250,000 to buy its shop.\n\nPhoto: the shop on Monday. Credit: Tamsin Odgers/Hambury Voice",
			map[string]Label{"Tamsin Odgers": Person, "Hambury Voice": Org}, nil},
		{"capitalized words ending in a paper's word are the paper",
			"Raid\n\nShop owner Imran Ferreday told the Wexmoor Advertiser it was the second time the shop had been targeted this year.",
			map[string]Label{"Imran Ferreday": Person, "Wexmoor Advertiser": Org}, nil},
		{"a surname, \"&\" and \"Sons\" are a company; so is a name ending in \"Brewing\"",
			"Brewery to close\n\nOrrell & Sons, based in Keldholme, said rising costs had made the business unviable.\n\nProduction will move to a site owned by Castlegate Brewing, which bought the brands last year.",
			map[string]Label{"Orrell & Sons": Org, "Castlegate Brewing": Org}, nil},
		{"capitalized words after a possessive and a company's noun are the body",
			"Inquiry\n\nIn a tweet on Monday evening, the bereaved families' group Brenton Voices wrote: \"Today we heard what we always knew.\"",
			map[string]Label{"Brenton Voices": Org}, nil},
		{"capitalized words after a body's job and \"of\" are the body",
			"Volunteers\n\nHelen Osterley, chief executive of Neighbours Together, told MPs that volunteers were struggling.",
			map[string]Label{"Helen Osterley": Person, "Neighbours Together": Org}, nil},
		{"an office before a given name and a surname the model left out: a person",
			"Race\n\nWASHINGTON — Senator Carl Brandvold is weighing a run for governor, according to three people familiar with his thinking.\n\nBut not everyone is enthusiastic. State Representative Alma Reyes-Tindall, who has already declared her candidacy, said in an interview that voters wanted \"a fresh face, not a Washington insider.\"",
			map[string]Label{"Alma Reyes-Tindall": Person}, []string{"State Representative Alma Reyes-Tindall"}},
		{"in a sports report, a name no list knows after a player's move and \"from\" is a club; so is a club's name before a word of a match and another name",
			"Late winner\n\nSubstitute Jamie Orrock scored in the 89th minute as Kelby Town beat Ashmoor Rovers 2-1 to climb to sixth in the league table.\n\nOrrock, who joined on loan from Harford City in January, fired in from the edge of the area after the striker's header was saved by the goalkeeper.",
			map[string]Label{"Harford City": Org, "Kelby Town": Org}, nil},
		{"a surname, \"'s\" and a company's word are a business named for its owner",
			"Bakery\n\nAt 3am the lights are already on at Corran's Bakery on Mill Lane.\n\nOwner Bethany Corran has been getting up at this hour for eleven years.",
			map[string]Label{"Corran's Bakery": Org, "Bethany Corran": Person}, nil},
		{"the places a health trust's name lists before it, with commas and \"and\", are part of its name",
			"Trust fined\n\nWestcombe and Ashby NHS Foundation Trust admitted failing to ensure the safety of patients.\n\nBarking, Havering and Redbridge University Hospitals NHS Trust said it was sorry.",
			map[string]Label{"Westcombe and Ashby NHS Foundation Trust": Org, "Barking, Havering and Redbridge University Hospitals NHS Trust": Org}, nil},
		{"a body's word closing a headline opens no body's name in the body's first sentence",
			"Board\n\nHallam Foods confirmed that its chairman, Osric Penhale, would leave in May.",
			map[string]Label{"Hallam Foods": Org, "Osric Penhale": Person}, nil},
		{"names listed after a plural of bodies and \"including\" are bodies",
			"Aid\n\nCharities including Harrow Relief and the Tenby Children's Fund said the cuts would hit clean water programmes.",
			map[string]Label{"Harrow Relief": Org}, nil},
		{"a name ending in Dynamics is a company",
			"Lander\n\nThe lander, built by Veyra Dynamics under a contract, will carry cargo.",
			map[string]Label{"Veyra Dynamics": Org}, nil},
		{"a country's name opening two words before a job set off by a comma is a person's given name",
			"Camp\n\nAdvocates celebrated. \"Today a judge said it,\" said Kenya Ashgrove, director of the Harlow Tenants Union.",
			map[string]Label{"Kenya Ashgrove": Person, "Harlow Tenants Union": Org}, nil},
		{"a capitalized word the tagger read as a verb opens a body's name after a company's noun opening the sentence",
			"Review\n\nCampaign group Gambling Harm Action welcomed the review.",
			map[string]Label{"Gambling Harm Action": Org}, nil},
		{"two words opening with no given name after a person's noun and \"from\" are a place; so is a name ending in Shire",
			"Marathon\n\nA 79-year-old runner from Ashby Vale has completed his 100th marathon.\n\nThe ban covers customers in Hendon Shire, Tolland Shire and parts of the Fens.",
			map[string]Label{"Ashby Vale": GPE, "Tolland Shire": GPE}, nil},
		{"a committee's name goes on over \"on\" and capitalized words",
			"Rules\n\nThe Advisory Committee on Rural Appointments said it was looking into the matter.",
			map[string]Label{"Advisory Committee on Rural Appointments": Org}, nil},
		{"\"Daily\" and a proper noun are a paper",
			"Claims\n\nThe Daily Orbiter reported on Sunday that he had emailed two officials.",
			map[string]Label{"Daily Orbiter": Org}, nil},
		{"a doer's noun no list knows opening the sentence before a given name and a surname is no part of the name",
			"Letters\n\nThe letters were found in May.\n\nHydrologist Nora Pellew, who measured them, said it had been \"a long job\".",
			map[string]Label{"Nora Pellew": Person}, []string{"Hydrologist Nora Pellew"}},
		{"one capitalized word between \"a\" and a spokesperson's noun is a body, wherever written",
			"Delay\n\nThe FlyNorth flight was due to depart at 18:40 on Sunday.\n\nA FlyNorth spokesperson said: \"We apologise.\"",
			map[string]Label{"FlyNorth": Org}, nil},
		{"a name after a lower-case \"port of\" is the town",
			"Missing\n\nTwelve men went missing after leaving the port of Talvesh last month.",
			map[string]Label{"Talvesh": GPE}, nil},
		{"in a sports report, a place's name ending in a club's word before a club's role is the club",
			"Gutsy win\n\nHarbour Vale City manager Rosa Delgado praised her side after they came from behind to beat Kelby Athletic 2-1.\n\nKelby took the lead through a penalty before two goals turned the game. Kelby were angry about the equaliser.",
			map[string]Label{"Harbour Vale City": Org}, nil},
		{"a broadcaster the label-only list knows, which the model left out, standing alone, is a body",
			"Deal\n\nChief executive Lena Harrow told CNBC the deal was \"transformational\" for the company.",
			map[string]Label{"CNBC": Org}, nil},
		{"a name, \"&\" and \"Co.\" are a company, though no mention holds either",
			"Deal\n\n\"It is big,\" said Raj Mehta of investment bank Tolland & Co. \"The question now is whether they can make enough chips.\"",
			map[string]Label{"Tolland & Co.": Org}, nil},
		{"a body's head and \"of\" before a body the model read open that body's name",
			"Plans\n\nThe Confederation of British Enterprise said the plans would \"scare off investment\".",
			map[string]Label{"Confederation of British Enterprise": Org}, nil},
		{"a given name, a nickname in marks and a surname the model read as one name stay one name",
			"Lollipop lady honoured\n\nA lollipop lady has been made an MBE.\n\nMargaret \"Peggy\" Thornbury, 78, has worked outside the school since 1985.",
			map[string]Label{"Margaret \"Peggy\" Thornbury": Person}, []string{"Margaret", "Peggy"}},
		{"two words ending in a point of the compass, no given name first, after \"for\" or a preposition of place are a place",
			"Two candidates, one seat: the fight for Kelby North\n\nSara Okonjo and Helen Brightwell are fighting for Kelby North. Tamsin North said so.",
			map[string]Label{"Kelby North": GPE, "Tamsin North": Person}, nil},
		{"a place's proper noun before a coroner's court opens its name",
			"Inquest\n\nHer mother told the hearing at Kelby Coroner's Court that her daughter had waited.",
			map[string]Label{"Kelby Coroner's Court": Org}, nil},
		{"two names between \"between\" and \"and\" after a journey's noun are towns",
			"Ferry\n\nThe operator has suspended sailings between Carrowmore and Tullabeg on the Isle of Skerra.",
			map[string]Label{"Carrowmore": GPE, "Tullabeg": GPE}, nil},
		{"a Gaelic or Welsh word of hills opens a hill's name",
			"Walk\n\nThe pair had set out to climb Beinn Tarsuinn in thick cloud, and on Sunday walked up Moel Ddu.",
			map[string]Label{"Beinn Tarsuinn": Loc, "Moel Ddu": Loc}, nil},
		{"two words with no given name after a noun and \"in\" are a place, written so anywhere in the article",
			"Towns\n\nMy town, Ashby Fold, lost its last bank.\n\nHarriet Caldwell is a community organiser in Ashby Fold.",
			map[string]Label{"Harriet Caldwell": Person, "Ashby Fold": GPE}, nil},
		{"a name ending in Estuary or Firth after a preposition of place is a place",
			"Storm\n\nGusts of 92mph have been recorded at Kestle Firth, the highest so far.",
			map[string]Label{"Kestle Firth": Loc}, nil},
		{"a given name, \"Will\" too, and a capitalized word set off by commas after a job are its holder",
			"Plant\n\nThe carmaker will close the plant, it said. The local MP, Will Tennant, called it a devastating day.",
			map[string]Label{"Will Tennant": Person}, nil},
		{"Networks and Care end a company's name",
			"Power\n\nHarlow Valley Networks said 4,000 homes had lost power.\n\nThe home's owners, Brightwater Care, said he had been dismissed.",
			map[string]Label{"Harlow Valley Networks": Org, "Brightwater Care": Org}, nil},
		{"a name after a company's noun in lower case names a body in every mention, whatever the model read",
			"Tech giant fined over child data\n\nRegulators in Ireland have fined the video app Flicka €210m for breaking European data rules.\n\nThe Data Protection Commission said the company had failed to check ages.\n\nFlicka said it disagreed with the decision and would appeal.",
			map[string]Label{"Flicka": Org}, nil},
		{"any two capitalized words set off by commas after a possessive's job, before a speech verb, are its holder",
			"Budget\n\nThe CBI says the rise will hit hiring. Its director general, Rain Hollow-Vance, says firms need stability.",
			map[string]Label{"Rain Hollow-Vance": Person}, nil},
		{"a name set off before \"the\" and a society's noun is a body",
			"Rates\n\nLenders said rates would not change. Harrowgate, the UK's second-biggest building society, said its rates would stay the same.",
			map[string]Label{"Harrowgate": Org}, nil},
		{"a company's first word is no short name of it when the word after it is one the article writes in lower case",
			"Floods\n\nImage source, Kelby Flood Group\n\nResidents say they were left to drown. The new flood defences are late.\n\nMore than 150 properties in the Millbrook area of Kelby were flooded on Sunday.",
			map[string]Label{"Kelby Flood Group": Org}, []string{"Kelby"}},
		{"a name after a vessel's noun, or set off after one and \"the\", is a boat's, no person's",
			"Rescue\n\nKevin Pascombe said his boat, the Morwenna, had capsized. The trawler Kestrel Lass was towed in.",
			map[string]Label{"Kevin Pascombe": Person}, []string{"Morwenna", "Kestrel Lass"}},
		{"a name ending in a road's word after \"in\" and before a comma and its town is an address, given name first or not",
			"Murder\n\nDarren Kell, 43, stabbed Michael Orr, 56, outside their homes in Rowan Close, Kelby, in May.",
			map[string]Label{"Darren Kell": Person, "Michael Orr": Person, "Rowan Close": Fac}, nil},
		{"one capitalized word before a job in lower case and its holder is a body's, whatever the model read",
			"Airline scraps flights\n\nHundreds of flights were cancelled as pilots at Nordair walked out. Passengers were stranded in Oslo.\n\nNordair chief executive Marit Haugen said the company could not afford the demands.",
			map[string]Label{"Nordair": Org, "Marit Haugen": Person}, nil},
		{"a word the model left out before a job in lower case and its holder is a body's; not a people's word nor a word opening its sentence alone",
			"Strike\n\nThe cost was put at £8m by Nordair chief executive Marit Haugen. Team leader Ross Hale said the Estavian rebel leader Abel Tesfay had fled.",
			map[string]Label{"Nordair": Org, "Marit Haugen": Person, "Ross Hale": Person}, []string{"Team", "Estavian"}},
		{"a name the model reads as a person's ending in Research is a body's, and its first word alone its short name",
			"Shares plunge\n\nShares in Quorra Systems plunged 31% on Thursday. In a report, Halcyon Research alleged that many accounts were dormant.\n\nHalcyon's founder, Nate Ostrowski, stood by the findings.",
			map[string]Label{"Halcyon Research": Org, "Halcyon": Org, "Nate Ostrowski": Person}, nil},
		{"a house's name after residents and \"of\" is a building's; Healthcare ends a company's name",
			"Deaths\n\nEleven residents of Larchwood House in Brayford died over three weeks. The home's owner, Cedar Healthcare, said it was saddened.",
			map[string]Label{"Larchwood House": Fac, "Brayford": GPE, "Cedar Healthcare": Org}, nil},
		{"one word after \"the\" and before a modal or a finite verb, named more than once, is a body's, whatever the model read",
			"Live: Election night as it happened\n\nKey points\n- Polls closed at 10pm\n- Exit poll puts Alliance ahead\n\n11.42pm\nThe first result is in from Northfield, where Alliance candidate Joan Treacher has held the seat.\n\n10.01pm\nThe exit poll is out. It suggests the Alliance will win 312 seats, short of a majority.\n\nA spokesperson for the Alliance said the party would wait.",
			map[string]Label{"Alliance": Org, "Joan Treacher": Person}, nil},
		{"one word read as a person's, with no title, joins the body named by the same word before it",
			"Famine\n\nGENEVA, May 3 (Newswire) - The United Nations warned on Tuesday of famine.\n\nA spokesman for the interior ministry, Joseph Kamau, told Newswire that more than 2 million Kenyans needed assistance.",
			map[string]Label{"Newswire": Org, "Joseph Kamau": Person}, nil},
		{"in a byline, a name set off after the writer's, with no given name first, is the writer's agency",
			"Governor signs bill\n\nBy Tyler Brandt | Associated Newswire\n\nCOLUMBUS, Ohio — Gov. Rachel Whitford on Friday signed a bill.",
			map[string]Label{"Tyler Brandt": Person, "Associated Newswire": Org, "Rachel Whitford": Person}, nil},
		{"a name ending in a facility's word right after a person and \"of\" is the person's body",
			"Forest\n\n\"It's good news,\" said Marcio Alves, of the Climate Observatory.",
			map[string]Label{"Marcio Alves": Person, "Climate Observatory": Org}, nil},
		{"one word the article writes alone more than once, never in lower case, before a speech verb is a body's; not a day nor a surname with Mc",
			"Plants for sale\n\nBrennermotor is in advanced talks to sell two factories, people familiar with the matter said.\n\nBrennermotor declined to comment. On Thursday, McAllister said the deal was close. Thursday said nothing; McAllister declined to comment.",
			map[string]Label{"Brennermotor": Org}, []string{"Thursday"}},
		{"names after a prime minister's noun and \"of\", and the second of two after a plural's, are places; not after a state's singular",
			"Summit\n\nThe prime ministers of Norland and Estavia said the deal was close. It returns the country to a state of Calm and Order.",
			map[string]Label{"Norland": GPE, "Estavia": GPE}, []string{"Order"}},
		{"a given name and a surname that ends bodies' names, after a speech verb, are a person; a byline's job before a given name is her title",
			"Nurses\n\nBy Health Correspondent Priya Das\n\n\"Patients will bear the brunt of any strike,\" said Rachel Power of the Patients Association.",
			map[string]Label{"Priya Das": Person, "Rachel Power": Person, "Patients Association": Org}, nil},
		{"one word that owns a job only a company has is a body's, whatever the model read",
			"Ferries\n\nIslandlink said the failures were caused by unrelated faults.\n\nIn a statement, Islandlink's managing director, Fraser McLeod, said: \"We apologise.\"",
			map[string]Label{"Islandlink": Org, "Fraser McLeod": Person}, nil},
		{"two capitalized words or more after a firm's job, \"of\" and \"the\", before punctuation, are a body",
			"Vote\n\n\"Today democracy won,\" said Janelle Price, director of the Voting Access Project.",
			map[string]Label{"Janelle Price": Person, "Voting Access Project": Org}, nil},
		{"a name set off by commas after a person's noun and a determiner is a person; a given name the lists know opens a person's name before \"of\" and a body",
			"Shifts\n\nOne woman, Bridie, used to read over my shoulder.\n\nAnalysts were split. Dev Ramaswamy of Halvorsen Securities said the cuts showed discipline.",
			map[string]Label{"Bridie": Person, "Dev Ramaswamy": Person, "Halvorsen Securities": Org}, nil},
		{"the two sides of a results line atop a match report are clubs, and a side's first word alone joins its club",
			"Late double\n\nKilbride Rovers 2 Ashcombe Town 1\n\nDeclan Mullery scored twice as Kilbride Rovers won. Ashcombe had led through a penalty.",
			map[string]Label{"Kilbride Rovers": Org, "Ashcombe Town": Org, "Ashcombe": Org, "Declan Mullery": Person}, nil},
		{"a name after \"The\" before \"is published by\" is a work's title, there and elsewhere, no place",
			"Books\n\nHer fourth, The Salt Wives, came out this month in Hallstead.\n\nThe Salt Wives is published by Harrow & Finch.",
			map[string]Label{"Hallstead": GPE}, []string{"Salt Wives"}},
		{"one word ending in \"a\", no given name, whose people's word the article writes is a place",
			"Talks\n\nThe Ostrevian delegation left early. Its head said Ostrevia had been misled.",
			map[string]Label{"Ostrevia": GPE}, nil},
		{"a transcript's turn label in capitals, a title before a given name and a surname, names the person, the title left out",
			"Hearing\n\nSENATOR MARGARET ELLIS: How many were reported?\n\nADMINISTRATOR TOM CRANE: We recorded 2,114.\n\nELLIS: And how many were fined?",
			map[string]Label{"MARGARET ELLIS": Person, "TOM CRANE": Person}, []string{"SENATOR MARGARET ELLIS"}},
		{"one word after \"river\" or before \"valley\" in lower case is a river, whatever the model read",
			"Floods\n\nDefences for homes in the Ouse valley will not be finished.\n\nThe river Ouse burst its banks.",
			map[string]Label{"Ouse": Loc}, nil},
		{"capitalized words ending in a company's word the model left out are a company (Strategies, Solutions)",
			"Aide charged\n\nProsecutors allege that Kessler accepted more than $300,000 from Meridian Strategies while advising the senator.\n\nMeridian Strategies did not respond to requests for comment.",
			map[string]Label{"Meridian Strategies": Org}, nil},
		{"a name the model read as a person's ending in Resources is a body's",
			"Mine\n\nSamples found arsenic downstream of the Ambari mine, which is run by Goldcrest Resources.\n\nGoldcrest Resources denied the allegations.",
			map[string]Label{"Goldcrest Resources": Org}, nil},
		{"a place's Fire and Rescue is one body, in a credit and in the body",
			"Crash\n\nThe lorry came to rest below the road. Picture: Cumbria Fire and Rescue\n\nCrews from Kelby Fire and Rescue attended.",
			map[string]Label{"Cumbria Fire and Rescue": Org, "Kelby Fire and Rescue": Org}, []string{"Cumbria Fire", "Kelby Fire", "Rescue"}},
		{"a plural opening a caption after its label, before a plain verb, is a common noun",
			"Photo caption: Crowds gather in the square on Saturday. (Photo: Jonas Berg/Nordpress)\n\nThousands march in Malmvik\n\nMore than 5,000 people marched through Malmvik.",
			map[string]Label{"Jonas Berg": Person, "Malmvik": GPE}, []string{"Crowds"}},
		{"an acronym written as a word, as British news writes it, is the body (Nasa)",
			"Contract\n\nAstra Dynamics has won a contract from Nasa to build a lander.\n\nNasa said the lander would fly in 2030.",
			map[string]Label{"Nasa": Org, "Astra Dynamics": Org}, nil},
		{"Green before a councillor or its voters is the party's people, no place",
			"Budget\n\nGreen councillor Jo Pettifer said the cuts were wrong. The Green Party will vote against.",
			map[string]Label{"Green": NORP, "Jo Pettifer": Person, "Green Party": Org}, nil},
		{"a ship's name and a wildfire's name are no person, place or body",
			"Ferries\n\nThe operator said the MV Isle of Carran would not sail, and the MV Glen Torran was due in spring.\n\nFirefighters fought the Ridge Creek Fire above Pine Hollow, said Diego Ramos of Cal Fire.",
			map[string]Label{"Diego Ramos": Person, "Cal Fire": Org}, []string{"Carran", "Isle of Carran", "MV Glen Torran", "Glen Torran", "Ridge Creek Fire"}},
		{"a given name before a facility's word that is no surname opens the facility's name (but James Park stays a person)",
			"Snow\n\nThe team collected samples near Scott Base in Antarctica.\n\nThe work was led by James Park, a glaciologist.",
			map[string]Label{"Scott Base": Fac, "James Park": Person}, nil},
		{"a name read as a person where someone lives is a place, and so is every mention written as it",
			"Wildfire\n\nResidents of Pine Hollow and Alder Flat were told to leave.\n\nJorge Medina, who has lived in Alder Flat for 30 years, said he had packed his car.",
			map[string]Label{"Alder Flat": GPE, "Jorge Medina": Person}, nil},
		{"capitalized words set off after \"The company,\", an adjective first, are the company",
			"Contract\n\nThe minister denied any role.\n\nThe company, Meridian Health Supplies, said it had won the contract fairly.",
			map[string]Label{"Meridian Health Supplies": Org}, nil},
		{"a body's word, \"to\" and a capitalized verb open a body's name the model was unsure of",
			"Green belt\n\nThe Campaign to Protect Rural England said the plans risked sprawl.",
			map[string]Label{"Campaign to Protect Rural England": Org}, []string{"Protect Rural England"}},
		{"a plural of a title or job opening a sentence is people by their role, no name",
			"Cafe fined\n\nStavros Demetriou pleaded guilty at Kelby Magistrates' Court.\n\nEnvironmental health officers found droppings on shelves.\n\nMagistrates heard the cafe was closed voluntarily for two weeks while pest controllers dealt with the problem.",
			map[string]Label{"Stavros Demetriou": Person}, []string{"Magistrates"}},
		{"\"Friends of\" and capitalized words the model left out are a body, however the tagger reads \"Friends\"",
			"Former mayor dies\n\nDorothy Fairclough, who campaigned to save the town's lido, has died.\n\nFriends of Kelby Lido, the group she founded in 1995, said it would hold a memorial swim.",
			map[string]Label{"Friends of Kelby Lido": Org, "Dorothy Fairclough": Person}, nil},
		{"one word between \"between\" and \"and\" before a place the lists know is a place",
			"Storm\n\nTrains between Carmarthen and Swansea were cancelled after trees fell on the line, Transport for Wales said.",
			map[string]Label{"Carmarthen": GPE, "Swansea": GPE}, nil},
		{"a transcript's label in capitals, a given name first, is a person, and so is the surname alone in a later label",
			"Transcript\n\nPRESENTER: Minister, thank you for joining us.\n\nGRACE ADEYEMI: No, I do not accept that.\n\nPRESENTER: But the number is higher.\n\nADEYEMI: Demand has gone up.",
			map[string]Label{"GRACE ADEYEMI": Person, "ADEYEMI": Person}, []string{"PRESENTER"}},
		{"a name read as a person on one side of a score whose other side is a body is a club, wherever the article writes it",
			"Champions League: Harton City 2-1 Porto Azul\n\nHarton City came from behind to beat Porto Azul and move to the top of their group.\n\nGoncalo Mendes gave the Portuguese side the lead after 12 minutes, but Riley Sandford equalised before half-time and substitute Mateo Ruiz headed the winner.\n\nPorto Azul coach Rui Fonseca was unhappy with the refereeing. \"The second goal was offside,\" he said.",
			map[string]Label{"Porto Azul": Org, "Harton City": Org, "Rui Fonseca": Person}, nil},
		{"a name ending in Archaeology, a company's word, is a body, not a person",
			"Villa\n\nThe team from Wessex Archaeology uncovered mosaics, a bath house and coins during work to extend the car park in Ilminster.",
			map[string]Label{"Wessex Archaeology": Org, "Ilminster": GPE}, nil},
		{"a name the model left out after \"star\", a job written before names, is its holder's",
			"Singer cancels tour citing exhaustion\n\nPop star Zorana Vance has cancelled the rest of her European tour, saying she needs time to recover from exhaustion.",
			map[string]Label{"Zorana Vance": Person}, nil},
		{"an event's word alone is no person; Olympian before a name is a title",
			"'I just kept running': Marathon winner on her surprise victory\n\nKelby's Hannah Moorcroft has spoken of her shock after winning the race.\n\nHer coach, former Olympian Derek Stannard, described her as \"the most determined athlete I have ever worked with\".",
			map[string]Label{"Hannah Moorcroft": Person, "Derek Stannard": Person}, []string{"Marathon", "Olympian Derek Stannard"}},
		{"a title's words before a person the model read as one place are no place; the dateline's town in capitals, after \"of\" and read as a person, is the town",
			"Police chief placed on leave\n\nOAKRIDGE, Ore. — The police chief of Oakridge has been placed on administrative leave while the city investigates complaints from officers, city officials said Tuesday.\n\nChief Darnell Whitaker, who has led the department since 2021, was notified of the decision Monday evening, according to City Manager Ellen Ruiz.",
			map[string]Label{"Ellen Ruiz": Person, "Oakridge": GPE, "OAKRIDGE": GPE}, []string{"City Manager"}},
		{"one capitalized word no list knows, ending as English towns do, after \"in\" and before no capitalized word, is a town; not a word the article writes in lower case",
			"Inquest\n\nAn inquest in Kelby heard that midwives failed to spot the signs. Nurses spoke in Support of the family, and the support was welcome.",
			map[string]Label{"Kelby": GPE}, []string{"Support"}},
		{"a newspaper's word ending a name read as a person with no given name makes it the paper",
			"Ferry\n\nThe MV Harbour Star at Kelby pier. Photo: Kelby Echo\n\nThe Kelby Echo reported the story.",
			map[string]Label{"Kelby Echo": Org}, nil},
		{"a channel and its number, maybe with more words, are a broadcaster however unsure the model is",
			"Interview\n\nSpeaking to Channel 4 News on Monday, the minister said the plan would work.",
			map[string]Label{"Channel 4 News": Org}, nil},
		{"a body's name of three capitalized words or more ending in a body's or company's word is kept however the model read it; a given name after \"from\" and a person's noun is a town",
			"Ferry\n\nThe Marine Accident Investigation Branch will investigate. The lorry driver, a 45-year-old man from Lincoln, was uninjured.",
			map[string]Label{"Marine Accident Investigation Branch": Org, "Lincoln": GPE}, nil},
		{"capitalized words the model left out that spell the acronym in brackets after them are a body, and so is the acronym",
			"Aid\n\nThe World Food Programme (WFP) said 11 million people needed emergency help.",
			map[string]Label{"World Food Programme": Org, "WFP": Org}, nil},
		{"a plural opening a sentence that the article writes in lower case as a singular is no body, however sure the model is",
			"Library to close\n\nKelby's central library will open only four days a week from January, the council has announced.\n\n\"Libraries are a lifeline for people who have nowhere else to go,\" said Janice Obi, who runs a reading group there.",
			map[string]Label{"Janice Obi": Person}, []string{"Libraries"}},
		{"one or two capitalized words the model left out before a region's noun in lower case are the region, two joined by a hyphen however tagged",
			"Floods\n\nRivers burst their banks in the Emilia-Romagna region of northern Italy. The quake hit Malatya province on Sunday.",
			map[string]Label{"Emilia-Romagna": GPE, "Malatya": GPE, "Italy": GPE}, nil},
		{"a hyphened word of who runs a body opening its name is no part of it",
			"Homes\n\nLabour-run Kelton Council welcomed the plans. The Tory-led Ashmoor Council did not.",
			map[string]Label{"Kelton Council": Org, "Ashmoor Council": Org}, []string{"Labour-run Kelton Council", "Tory-led Ashmoor Council"}},
		{"one word after \"and\" after a place a preposition of place opens is a place, no given name nor a person's surname",
			"Buses\n\nResidents in Coningsby and Tattersby said they would be cut off.",
			map[string]Label{"Coningsby": GPE, "Tattersby": GPE}, nil},
		{"a company's word inside a name and a place the lists know after it make a company's branch",
			"Buses\n\nFenway Buses East Midlands said it would stop running 11 routes.",
			map[string]Label{"Fenway Buses East Midlands": Org}, nil},
		{"an abbreviation after \"&\" joins a firm's name",
			"Phones\n\n\"A cheaper phone helps,\" said Dan Whitcombe, an analyst at Halden & Co. \"It does.\"",
			map[string]Label{"Halden & Co.": Org}, []string{"Halden"}},
		{"capitalized words the model left out ending in Town, City or County beside a score or after a word of a match are a club, and so is their first word alone",
			"Rovers top\n\nKelby Rovers 3-1 Ashmoor Town\n\nJamie Okafor scored twice as Kelby Rovers came from behind to beat Ashmoor Town. Ashmoor led through Callum Reese's header. Ashmoor boss Neil Cartwright was angry.",
			map[string]Label{"Kelby Rovers": Org, "Ashmoor Town": Org, "Ashmoor": Org, "Neil Cartwright": Person}, nil},
		{"a one-word place the lists know before its possessive and a word in lower case is a place, where the model left it out; not a person's name in the article",
			"Vote\n\nFrance's prime minister survived a no-confidence vote on Monday. Germany's chancellor agreed.",
			map[string]Label{"France": GPE, "Germany": GPE}, nil},
		{"one word with a capital inside after small letters, before a speech verb or a possessive, is a company wherever written; not a surname with its prefix",
			"Ferry operator scraps winter sailings\n\nIslanders say they feel \"abandoned\" after the ferry operator cancelled most winter sailings to the island.\n\nCalMarine said it would run only two return crossings a week between December and March, down from six.\n\nCalMarine's managing director, Graeme Shaw, apologised. Donald MacAskill said so.",
			map[string]Label{"CalMarine": Org, "Donald MacAskill": Person}, nil},
		{"a given name and a surname that ends bodies' names too, before a speech verb or a comma and \"of\", are a person",
			"Strike\n\nPatients' groups said the dispute was \"taking a terrible toll\". Moira Power, of the Patients Association, said: \"People are tired.\"",
			map[string]Label{"Moira Power": Person, "Patients Association": Org}, nil},
		{"a nationality after \"the\" and a region's plural right after it are one region",
			"Snow\n\nSnow fell across the Scottish Borders and the Scottish Highlands. The French Riviera was warm.",
			map[string]Label{"Scottish Borders": Loc, "Scottish Highlands": Loc, "French Riviera": Loc}, []string{"Borders"}},
		{"one word read as a person after \"as far away as\" stands where a town does",
			"Quake\n\nTremors were felt as far away as Diyarbakir and the Syrian city of Aleppo.",
			map[string]Label{"Diyarbakir": GPE, "Aleppo": GPE}, nil},
		{"Con after Det is a constable's title, no part of the name",
			"Raid\n\nDet Con Lee Barnes, of Eastshire Police, said the gang had fled.",
			map[string]Label{"Lee Barnes": Person}, []string{"Con Lee Barnes"}},
		{"a haulier's job opening a sentence before a name is a title, no part of the name",
			"Snow\n\nOn the A66, dozens of lorries were stuck. Haulier Mick Brennan, 55, said he had been stranded since 22:00.",
			map[string]Label{"Mick Brennan": Person}, []string{"Haulier Mick Brennan"}},
		{"a body's name ending in Radio goes on over the station's number",
			"Prisons\n\nHe told BBC Radio 4's Today programme that officers were tired.",
			map[string]Label{"BBC Radio 4": Org}, []string{"BBC Radio"}},
		{"two or three capitalized words no list knows after a job in lower case and \"at\", before punctuation, are a body",
			"Retail\n\nShares in the chain fell. Ann Lee, head of markets at Interactive Investor, said investors were spooked. Jo Bell, a teacher at Kelby, agreed.",
			map[string]Label{"Interactive Investor": Org, "Ann Lee": Person}, nil},
		{"names after a plural of settlements and \"of\", a list joined by commas and \"and\", are places",
			"Quake\n\nBuildings collapsed in Karakale and the nearby villages of Yesilkoy and Akcadag. The towns of Sleaford, Horncastle and Market Rasen lost buses.",
			map[string]Label{"Yesilkoy": GPE, "Akcadag": GPE, "Sleaford": GPE, "Horncastle": GPE, "Market Rasen": GPE}, nil},
		{"capitalized words the model left out ending in a road's word are a body when their last two the lists know as one",
			"Quake\n\nThe Turkish Red Crescent said it was setting up tents. The Red Crescent said so.",
			map[string]Label{"Turkish Red Crescent": Org, "Red Crescent": Org}, nil},
		{"capitalized words set off after a place's possessive and a body's noun are the body, before a comma or the sentence's stop",
			"Quake\n\nThe quake hit at 04:17, according to Turkey's disaster agency, Afad. Kelby's regulator, Ofkel, said so.",
			map[string]Label{"Turkey": GPE, "Afad": Org, "Ofkel": Org}, nil},
		{"a body's name, \"for\" and a place before a group's noun in lower case are one group's name",
			"Buses\n\nCampaigners from the Better Buses for Lincolnshire group said the cuts would hurt. Better Buses said no.",
			map[string]Label{"Better Buses for Lincolnshire": Org}, []string{"Lincolnshire"}},
		{"a name ending in \"Act\" is a law, but after a company's noun in lower case a body",
			"Protest\n\nThe group Just Act, which organised the protest, said it would go on. It broke the Public Order Act.",
			map[string]Label{"Just Act": Org}, []string{"Public Order Act"}},
		{"a single capitalized word set off by commas after a town after a preposition of place is the town's county or state; not a person's surname, nor one before an age",
			"Storm\n\nIn Aberporth, Ceredigion, a roof was torn off. A tree fell near Llanrhystud, Ceredigion. In Tenby, Ann Drayle said the sea rose; in Tenby, Drayle, the owner, was told.",
			map[string]Label{"Aberporth": GPE, "Ceredigion": GPE, "Llanrhystud": GPE, "Ann Drayle": Person, "Drayle": Person}, nil},
		{"a house's name read as a place is a building; after White or a state's name, the administration or the legislature",
			"Care\n\nThree care assistants at Willowmead House in Harrogate have spoken out. The Halvorsen White House and the Kentucky House disagreed.",
			map[string]Label{"Willowmead House": Fac, "Harrogate": GPE, "Halvorsen White House": Org, "Kentucky House": Org}, nil},
		{"NHS, words and an organization's word, with the capitalized words before it, are one health trust's name",
			"Trust\n\nIn a statement, Northgate Hospitals NHS Foundation Trust said it was sorry. Leeds Teaching Hospitals NHS Trust said the same. NHS England said. Yesterday NHS Kelby Trust said nothing.",
			map[string]Label{"Northgate Hospitals NHS Foundation Trust": Org, "Leeds Teaching Hospitals NHS Trust": Org, "NHS England": Org},
			[]string{"NHS Foundation Trust", "Leeds", "Yesterday NHS Kelby Trust"}},
		{"capitalized words the model left out that end in a company's word, or open with a campaign's verb, are a body; not a title, nor an order opening a sentence",
			"Ferries\n\nTrevanion Ferries, which runs boats to the islands, said the wall had crumbled. The Save Our Shoreline group argued it was wrong. Stop Kelby Expansion said no. She sang Bridge Over Troubled Water. Stop The Noise. It had tools to Fight Crime.",
			map[string]Label{"Trevanion Ferries": Org, "Save Our Shoreline": Org, "Stop Kelby Expansion": Org}, []string{"Bridge Over Troubled Water", "Stop The Noise", "Fight Crime"}},
		{"a court's kind before \"Court\" read alone is the court's name",
			"Wind farm\n\nA High Court judge has rejected a legal challenge by residents.",
			map[string]Label{"High Court": Org}, []string{"Court"}},
		{"a name ending in a compass word with no given name first, written once after a preposition of place, is a seat or district everywhere, not a person",
			"Live\n\nLabour's Priya Sandhu has held Kelby North with a majority of 4,120. Turnout in Kelby North was 58%. Oliver West spoke. Dray West said no.",
			map[string]Label{"Priya Sandhu": Person, "Kelby North": GPE, "Oliver West": Person, "Dray West": Person}, nil},
		{"a name after \"the bloc\" is a body wherever written; a name before \"ward\" is a seat",
			"Pact\n\nLeaders of the European Union and the South American bloc Mercosur signed a deal. Mercosur said so.\n\nMrs Ellison, who represented the Westgate ward for 32 years, died.",
			map[string]Label{"Mercosur": Org, "Westgate": GPE}, nil},
		{"a region's word before a nationality is part of it",
			"Pact\n\nLeaders of the South American bloc signed. Latin American and North Korean officials met. South Africa won.",
			map[string]Label{"South American": NORP, "Latin American": NORP, "North Korean": NORP, "South Africa": GPE}, []string{"American", "Korean"}},
		{"two words read as a person, ending in the plural of a body's word, with no given name or title first, are a body",
			"Audit\n\nThe chief executive of Kelby Hospitals has resigned.",
			map[string]Label{"Kelby Hospitals": Org}, nil},
		{"an appositive company's noun followed by a participle or a preposition makes the name a body wherever written",
			"Startup raises $40m\n\nVoltaris, a battery startup founded by two former engineers, said on Tuesday it had raised $40m. Tom Eckert will join Voltaris's board. Voltaris declined to disclose its valuation.",
			map[string]Label{"Voltaris": Org, "Tom Eckert": Person}, nil},
		{"Hospice is a facility's word: a name the model left out that ends in it is a facility, a saint's possessive too",
			"Hospice\n\nSt Aidan's Hospice needs to raise £4m a year. The Kelby Hospice said so.",
			map[string]Label{"St Aidan's Hospice": Fac}, nil},
		{"a company's noun opening a sentence before one more capitalized word, read as a person, describes the body the word names",
			"Bills\n\nRegulator Ofwat will publish its decision in December. Chipmaker Veltrix said so. Network Rail agreed. Group F plays on Monday.",
			map[string]Label{"Ofwat": Org, "Veltrix": Org, "Network Rail": Org}, []string{"Regulator Ofwat", "Chipmaker Veltrix", "F"}},
		{"a common word before a country's name, read as a place, is a body named for the country; not a place's lead word",
			"Fares\n\nFares in Scotland will rise, Transport Scotland said. Sport England agreed. New England voted. Northern Ireland voted.",
			map[string]Label{"Transport Scotland": Org, "Sport England": Org, "Northern Ireland": GPE, "Scotland": GPE}, nil},
		{"the capitalized adjective opening a sentence before a body's name ending in a British nation is the name's",
			"Floods\n\nNatural Resources Wales had 12 flood warnings in force by Sunday evening.",
			map[string]Label{"Natural Resources Wales": Org}, []string{"Resources Wales"}},
		{"two words with no given name after near are a place",
			"Ann Vale was walking near Cwm Penmachno when she saw it. A walker found the plant near Pentre Halkyn.",
			map[string]Label{"Cwm Penmachno": GPE, "Pentre Halkyn": GPE}, nil},
		{"people places orgs",
			"Mayor Tessa Ambrose of Leeds met officials from the European Union in Brussels on Monday. Ambrose said the council would reply within a week.",
			map[string]Label{"Tessa Ambrose": Person, "Leeds": GPE, "European Union": Org, "Brussels": GPE, "Ambrose": Person}, []string{"Mayor Tessa Ambrose", "Monday"}},
		{"facility and region",
			"The delayed flight from Heathrow Airport finally landed in Oslo after crossing the North Sea.",
			map[string]Label{"Heathrow Airport": Fac, "Oslo": GPE, "North Sea": Loc}, nil},
		{"facility by its head",
			"The tour ended at the Museum of Flight in Seattle, where Dana Whitlock guided the visitors.",
			map[string]Label{"Museum of Flight": Fac, "Seattle": GPE, "Dana Whitlock": Person}, nil},
		{"a person whose surname is a facility's head word",
			"Maria Lopez and her deputy, James Park, presented the plan at Hyde Park on Tuesday.",
			map[string]Label{"Maria Lopez": Person, "James Park": Person, "Hyde Park": Fac}, nil},
		{"nationalities",
			"Russian and Ukrainian negotiators met in Istanbul, where Western diplomats waited outside.",
			map[string]Label{"Russian": NORP, "Ukrainian": NORP, "Istanbul": GPE, "Western": NORP}, nil},
		{"organizations",
			"Shares in Marlowe Holdings fell after the Federal Reserve raised rates, Reuters reported.",
			map[string]Label{"Marlowe Holdings": Org, "Federal Reserve": Org, "Reuters": Org}, nil},
		{"possessives",
			"The vote of the Security Council was delayed, and the Council's members left.",
			map[string]Label{"Security Council": Org, "Council": Org}, []string{"Council's"}},
		{"the organization or place of a title",
			"U.S. President Joe Dalen met NASA Administrator Bill Nolan and Kremlin spokesman Ivan Dorn.",
			map[string]Label{"U.S.": GPE, "Joe Dalen": Person, "NASA": Org, "Bill Nolan": Person, "Kremlin": Org, "Ivan Dorn": Person}, nil},
		{"facilities by their head word",
			"We toured the Pittock Mansion and ate at the Benson Hotel.",
			map[string]Label{"Pittock Mansion": Fac, "Benson Hotel": Fac}, nil},
		{"newspapers named for a city",
			"The story ran in the Kent Observer and the Perth Mail.",
			map[string]Label{"Kent Observer": Org, "Perth Mail": Org}, nil},
		{"a body and then a person read as one",
			"A spokesman for the Ministry of Defence John Smith said on Monday that the base would close.",
			map[string]Label{"Ministry of Defence": Org, "John Smith": Person}, []string{"Ministry of Defence John Smith"}},
		{"a body's name with for and and inside",
			"Officials at the Centers for Disease Control and Prevention said the count was rising, and the Center for Economic and Policy Research agreed.",
			map[string]Label{"Centers for Disease Control and Prevention": Org, "Center for Economic and Policy Research": Org}, []string{"Prevention", "Policy Research"}},
		{"a listed company or city the model left out",
			"JPMorgan analyst Ann Lee raised her target. Verizon shares rose in early trading.",
			map[string]Label{"JPMorgan": Org, "Verizon": Org, "Ann Lee": Person}, nil},
		{"two bodies joined by and",
			"Courses are taught at Kellerby College and Ashford University in the spring, and the Royal Air and Sea Museum lent maps.",
			map[string]Label{"Kellerby College": Org, "Ashford University": Org, "Royal Air and Sea Museum": Fac}, []string{"Kellerby College and Ashford University"}},
		{"an office after a place's name",
			"The tour ended at the Museum of Flight, where Museum of Flight CEO Dana Whitlock guided the visitors.",
			map[string]Label{"Museum of Flight": Fac, "Dana Whitlock": Person}, []string{"Museum of Flight CEO"}},
		{"a title inside the model's mention",
			"Former Arkansas Gov. Mike Huckley met Samuel Tobias Reed Jr. in Memphis.",
			map[string]Label{"Mike Huckley": Person, "Samuel Tobias Reed Jr.": Person, "Arkansas": GPE}, []string{"Arkansas Gov. Mike Huckley"}},
		{"a title-case headline is no name",
			"Paper Casually Confuses Ted Vela With George Walcott\n\nThe senator answered on Friday.",
			map[string]Label{"Ted Vela": Person, "George Walcott": Person}, []string{"Paper Casually Confuses Ted Vela With George Walcott"}},
		{"a job after a byline's name",
			"Council approves bus lanes\n\nBy Lena Whitcombe, Transport Correspondent\n\nThe council met on Monday.",
			map[string]Label{"Lena Whitcombe": Person}, []string{"Transport Correspondent"}},
		{"a party before a name",
			"That is why Democrat Harriet Carrow and Republican Donald Dravick are taking measures.",
			map[string]Label{"Harriet Carrow": Person, "Donald Dravick": Person, "Democrat": NORP}, []string{"Democrat Harriet Carrow"}},
		{"lower-case words end no name",
			"The George W. Heath administration had argued otherwise in Texas.",
			map[string]Label{"George W. Heath": Person}, []string{"George W. Heath administration"}},
		{"a dateline's places and agency",
			"Talks stall\n\nNEWPORT NEWS, Va. (AP) — The mayor met Ann Lee on Monday.",
			map[string]Label{"NEWPORT NEWS": GPE, "Va.": GPE, "AP": Org, "Ann Lee": Person}, nil},
		{"a title inside an organization the model saw",
			"The bill passed after House Speaker Paul Rydell spoke to members in Ohio.",
			map[string]Label{"Paul Rydell": Person}, []string{"House Speaker Paul Rydell"}},
		{"prompt before a name",
			"The senator spoke in Ohio.\n\nFollow Pam Lock on Twitter @pamkeyNEN",
			map[string]Label{"Pam Lock": Person}, []string{"Follow Pam Lock"}},
		{"a given name and a surname the model left out",
			"Ryan news\n\nNora Day runs the group.\n\nDay said the platform is shrinking.",
			map[string]Label{"Nora Day": Person, "Day": Person}, nil},
		{"a given name alone the model left out",
			"It was Mary who called. It was Kim who called.",
			map[string]Label{"Mary": Person, "Kim": Person}, nil},
		{"a facility's head word the model left out after a place",
			"President Dalen departs Hartsfield-Jackson Atlanta International Airport on Sunday.",
			map[string]Label{"Hartsfield-Jackson Atlanta International Airport": Fac, "Dalen": Person}, []string{"Atlanta"}},
		{"the end of a title in marks is no organization",
			"The council backed a plan titled “Moving Leeds Forward,” on Monday.",
			nil, []string{"Leeds Forward"}},
		{"the pronoun I after a name",
			"Look, other than Sam Eastwood I’ve chaired more hearings than anyone. Then I said no, and I left.",
			map[string]Label{"Sam Eastwood": Person}, []string{"Sam Eastwood I", "I"}},
		{"a nationality that is a given name too",
			"Mayor Ann Lee addressed the students of the Christian university in a speech.",
			map[string]Label{"Christian": NORP}, nil},
		{"a family by the plural of its surname",
			"Ruth Carver and her husband, Alan Carver, run the bakery in Leeds. The Carvers have sold bread there since 1990. Ruth Whitlock says the Whitlocks buy it.",
			map[string]Label{"Carvers": Person, "Whitlocks": Person}, nil},
		{"a title-case sentence inside a paragraph",
			"Debate night\n\nMaria Lopez spoke in Leeds on Monday, and Tom Walsh answered.\n\nUpdate, 9:40 p.m.: Maria Lopez Hints Walsh Is Finished. Lopez told the crowd that the race was over.",
			map[string]Label{"Maria Lopez": Person}, []string{"Maria Lopez Hints Walsh"}},
		{"a title-case sentence with small words",
			"Debate night\n\nMaria Lopez spoke in Leeds on Monday, and Tom Walsh answered.\n\nUpdate, 9:40 p.m.: Maria Lopez Calls for an Inquiry into the Deal with the Port. Lopez told the crowd that the race was over.",
			map[string]Label{"Maria Lopez": Person}, []string{"Maria Lopez Calls"}},
		{"cities the gazetteer knows",
			"A historian from Tacoma wrote to the council. The letter from Des Moines arrived on Monday.",
			map[string]Label{"Tacoma": GPE, "Des Moines": GPE}, nil},
		{"a personal title before a name the model left out",
			"Study\n\n\"Our findings are clear,\" said lead author Dr Hong Chen of Public Health Ontario.",
			map[string]Label{"Hong Chen": Person}, nil},
		{"a list of services in a department's name",
			"Air\n\nThe Department for Environment, Food and Rural Affairs said it was committed to cleaner air.",
			map[string]Label{"Department for Environment, Food and Rural Affairs": Org}, []string{"Department for Environment", "Rural Affairs"}},
		{"an office's letters before a name, a nationality's government",
			"Ferry\n\nLocal MSP Alasdair Aird described the cuts as \"devastating\". He said the government should act.\n\nThe Scottish Government said ministers were concerned. The Welsh Government agreed.",
			map[string]Label{"Alasdair Aird": Person, "Scottish Government": Org, "Welsh Government": Org}, []string{"Scottish", "Welsh"}},
		{"companies and bodies the lists know, after \"The\" too; a nationality before a body's words",
			"Prices\n\nShares in Tesco fell. The RMT union said cuts had gone too far. The British Retail Consortium, which represents shops, agreed.",
			map[string]Label{"Tesco": Org, "RMT": Org, "British Retail Consortium": Org}, []string{"British"}},
		{"a place's name ending in City read as a person: in a sports report, the club; a given name and a body's word before a job, a person",
			"Cup\n\nLincoln City head coach Michael Skarda said his side had beaten Premier League opposition to reach the cup final. Goals from Deano Hackworth and Ethan Okorie gave the League One club a 2-1 win. \"Nobody gave us a chance,\" the coach said, and the midfielder scored the winner.\n\nMoira Power, chief executive of the Patients Association, agreed.",
			map[string]Label{"Lincoln City": Org, "Moira Power": Person}, nil},
		{"a company the lists know written in camel case",
			"Funding\n\nArtificial intelligence start-up xAI has raised $6 billion from investors including Andreessen Horowitz. Shares in eBay rose.",
			map[string]Label{"xAI": Org, "Andreessen Horowitz": Org, "eBay": Org}, nil},
		{"a given name the lists know and a nationality after it are a person; a given name and a word before \"of\" in a body read whole are a person; a job before a hyphenated given name",
			"Chips\n\nSir Clive English, a fellow pioneer, called her a giant. \"These are big numbers,\" said Dan Ivers of Wexmoor Securities. Chief executive Mei-Lin Chow told analysts that customers were lining up.",
			map[string]Label{"Clive English": Person, "Dan Ivers": Person, "Wexmoor Securities": Org, "Mei-Lin Chow": Person}, []string{"English", "Dan Ivers of Wexmoor Securities"}},
		{"a plural of roles' possessive and a body's word the model left out; Friends of a place; a company's word the model read as a name",
			"Wind\n\nThe National Farmers' Union said growers relied on it. Friends of the Fells, a separate group, welcomed the decision. The plan came from Northwind Renewables and others. The Co-op said the store would close. Drones struck the Volgograd and Saratov plants. Fishermen from Calais asked P&O Ferries for help. Her husband, Harjit, drove the van. Her husband, Navy SEAL Ty Wedmore, died. Ofwat said the firm had failed. The Royal Life Saving Society UK said so. Tomas Varga retained his ATP Finals title after the French Open final, as Eurosport showed. Maersk will cut jobs at Felixstowe, and Associated British Ports agreed.\n\nAvon and Somerset Police said no one was hurt. The Bank of England held rates; the Bank's Monetary Policy Committee voted. Hull North MP Diane Jowett wrote to it. Labour MP Ann Vane agreed. The plans by Taylor Wimpey were opposed by the Campaign to Protect Rural England. Aslef drivers at CrossCountry and TransPennine Express will strike.",
			map[string]Label{"National Farmers' Union": Org, "Friends of the Fells": Org, "Northwind Renewables": Org, "Co-op": Org, "Volgograd": GPE, "Saratov": GPE, "Calais": GPE, "P&O Ferries": Org, "Harjit": Person, "Ofwat": Org, "Royal Life Saving Society UK": Org, "Eurosport": Org, "Maersk": Org, "Felixstowe": GPE, "Associated British Ports": Org, "Avon and Somerset Police": Org, "Monetary Policy Committee": Org, "Hull North": GPE, "Labour": Org, "Taylor Wimpey": Org, "Campaign to Protect Rural England": Org, "Aslef": Org, "CrossCountry": Org, "TransPennine Express": Org}, []string{"Fells", "Navy", "ATP Finals", "French"}},
		{"a place, capitalized words with a body's plural and the body after them are one body",
			"Trust\n\nThe Newcastle upon Tyne Hospitals NHS Foundation Trust said its flags would fly. The Leeds Teaching Hospitals NHS Trust agreed. Sheffield Teaching Hospitals NHS Foundation Trust declined.",
			map[string]Label{"Newcastle upon Tyne Hospitals NHS Foundation Trust": Org, "Leeds Teaching Hospitals NHS Trust": Org, "Sheffield Teaching Hospitals NHS Foundation Trust": Org}, []string{"Leeds", "NHS Trust", "Newcastle"}},
		{"after \"the\", capitalized words ending in a body's plural and the body after them are one body; a party the lists know before its possessive",
			"Trust\n\nThe Kestrel Vale Hospitals NHS Foundation Trust apologised. But Labour's shadow health secretary, Ann Vale, said it was not enough.",
			map[string]Label{"Kestrel Vale Hospitals NHS Foundation Trust": Org, "Labour": Org, "Ann Vale": Person}, []string{"NHS Foundation Trust"}},
		{"\"Isle of\" and a name are an island, whatever the model read, unless a body's word ends it; a gallery is a facility",
			"Ferry\n\nCrossings to the Isle of Carra were suspended. The Isle of Wight Council agreed. Activists glued themselves to the floor of the Marlow Gallery.",
			map[string]Label{"Isle of Carra": Loc, "Isle of Wight Council": Org, "Marlow Gallery": Fac}, nil},
		{"capitalized words the model left out after a company's noun opening the sentence, before a verb, are the body",
			"Racism\n\nAnti-discrimination group Kick It Out said clubs must do more. He was fired from the network Wednesday.",
			map[string]Label{"Kick It Out": Org}, []string{"Wednesday"}},
		{"a company's noun opening the sentence is no part of the name after it; a head before \"of\" is",
			"Homes\n\nDeveloper Harrowgate Homes says the scheme would include a school. Union of Soviet Socialist Republics.",
			map[string]Label{"Harrowgate Homes": Org}, []string{"Developer Harrowgate Homes", "of Soviet Socialist Republics"}},
		{"a nationality and the body's name after it the model read apart are one body",
			"Fish\n\nThe Scottish Fishermen's Federation said the turbines would close grounds. The Democratic Senatorial Campaign Committee agreed.",
			map[string]Label{"Scottish Fishermen's Federation": Org, "Democratic Senatorial Campaign Committee": Org}, []string{"Scottish", "Democratic"}},
		{"a body's possessive and a place before a branch's noun: the body alone",
			"Nurses\n\nThe Northshire Health Board said the change would save staff money.\n\nThe Royal College of Nursing's Northshire branch welcomed the move.",
			map[string]Label{"Royal College of Nursing": Org}, []string{"Royal College of Nursing's Northshire"}},
		{"an instrument or an oil's grade read as a person is no entity",
			"Space\n\nThe James Webb Space Telescope took the picture. Oil rose, with Brent crude up 2%.",
			nil, []string{"James Webb Space Telescope", "Brent"}},
		{"one word read as a person before a town's office is the town",
			"Trial\n\nA jury convicted former Riverton mayor Daniel Kowalski of bribery. Riverton's current mayor, Alicia Ramos, spoke.",
			map[string]Label{"Riverton": GPE, "Daniel Kowalski": Person, "Alicia Ramos": Person}, nil},
		{"a name ending in a plural of roles, its possessive and a body's word",
			"Court\n\nThe sisters will appear before Leeds Magistrates' Court next month. He was sentenced at Sheffield Magistrates' Court.",
			map[string]Label{"Leeds Magistrates' Court": Org, "Sheffield Magistrates' Court": Org}, []string{"Leeds Magistrates", "Sheffield Magistrates"}},
		{"a given name and a surname that ends bodies' names after a job are a person; a close is a road",
			"Care\n\nThe Patients Association said it was appalled. Its chief executive, Moira Power, said patients had told the charity of degrading conditions. The firm hired chief executive Dan Post. She lives in Mill Close.",
			map[string]Label{"Patients Association": Org, "Moira Power": Person, "Dan Post": Person, "Mill Close": Fac}, nil},
		{"a word a facility is named after, alone after a place's preposition, is the place",
			"Roof\n\nWellsford Cathedral has launched an appeal.\n\nThe Dean of Wellsford said buckets were placed in the nave. Trains to Wellsford were late.",
			map[string]Label{"Wellsford Cathedral": Fac, "Wellsford": GPE}, nil},
		{"capitalized words after \"the\" ending in a register's word are a body",
			"Art\n\nThe painting was spotted by a researcher at the Art Loss Register, which keeps a database. Voters must join the electoral register.",
			map[string]Label{"Art Loss Register": Org}, nil},
		{"one capitalized word after a job only a body has and \"of\", set off by a comma, is the body; not after a place's job",
			"Homeless\n\nMatt Dunleavy, chief executive of Crisis, said the figures were shocking. Ann Lee, mayor of Kelby, agreed.",
			map[string]Label{"Crisis": Org, "Matt Dunleavy": Person, "Kelby": GPE}, nil},
		{"a name ending in \"Rail\" is a company",
			"Rail\n\nThe minister will take over the running of Coastway Rail, she said. Passengers on Harbour Rail were delayed.",
			map[string]Label{"Coastway Rail": Org, "Harbour Rail": Org}, nil},
		{"airlines the lists know, however the article capitalizes them",
			"Flights\n\nEasyjet, Ryanair and Jet2 all cancelled flights. A Ryanair spokesperson said the airline had no choice.",
			map[string]Label{"Easyjet": Org, "Ryanair": Org, "Jet2": Org}, nil},
		{"a playhouse is a facility",
			"Review\n\nThe play runs at Kelby Playhouse until April, and Rosa Merrin directs it.",
			map[string]Label{"Kelby Playhouse": Fac, "Rosa Merrin": Person}, nil},
		{"a sponsor's name of a stadium stays a company",
			"Ground\n\nFans packed the Tesco Stadium on Saturday. Shares in Tesco rose.",
			map[string]Label{"Tesco Stadium": Fac, "Tesco": Org}, nil},
		{"a club's or town's name before a body of its supporters or members is that body's",
			"Takeover\n\nThe Brackley Rovers Supporters' Trust said it had written to the owners. The Kelby Town Supporters' Club agreed, and the Harlow Members' Association said so.",
			map[string]Label{"Brackley Rovers Supporters' Trust": Org, "Kelby Town Supporters' Club": Org, "Harlow Members' Association": Org}, []string{"Brackley Rovers", "Supporters' Trust", "Kelby Town"}},
		{"two places a council's name joins; airlines the lists know, in camel case too",
			"Mosaic\n\nCheshire West and Chester Council said it would work with the finders. The Jet2 flight was late, and easyJet said it would help.",
			map[string]Label{"Cheshire West and Chester Council": Org, "Jet2": Org, "easyJet": Org}, []string{"Cheshire West", "Chester Council"}},
		{"a country's possessive before a body's name: the country and the body",
			"Museum\n\nAbba Tijani, director-general of Nigeria's National Commission for Museums and Monuments, welcomed the move. France's Ministry of Culture said so. Britain's Royal Navy said it had tracked the ship.",
			map[string]Label{"Nigeria": GPE, "National Commission for Museums and Monuments": Org, "France": GPE, "Ministry of Culture": Org, "Britain": GPE, "Royal Navy": Org},
			[]string{"Nigeria's National Commission for Museums and Monuments", "Britain's Royal Navy"}},
		{"towns the gazetteer knows",
			"Signals failed between Crewe and Swindon. She lives in Newcastle-under-Lyme.",
			map[string]Label{"Crewe": GPE, "Swindon": GPE, "Newcastle-under-Lyme": GPE}, nil},
		{"a body's word opening the sentence before a body's name",
			"Trust apologises\n\nUniversity Hospitals of Midshire NHS Trust said the department had been under pressure.",
			map[string]Label{"University Hospitals of Midshire NHS Trust": Org}, []string{"Hospitals of Midshire NHS Trust"}},
		{"a dateline after a headline with a period, with a date",
			"Mayor calls for action on flooding.\n\nNEW YORK, Nov. 19 (UPI) — Former Secretary of State Ann Lee said on Thursday that the city must act.",
			map[string]Label{"NEW YORK": GPE, "UPI": Org, "Ann Lee": Person}, []string{"Nov.", "Nov. 19"}},
		{"the department in a secretary's title",
			"Former Secretary of State Ann Lee said on Thursday that the city must act, and the secretary of State agreed.",
			map[string]Label{"Ann Lee": Person}, []string{"State"}},
		{"companies the gazetteer knows",
			"Shares of Verizon fell on Monday, and investors in Valeant lost more.",
			map[string]Label{"Verizon": Org, "Valeant": Org}, nil},
		{"a member of a party is no body",
			"The Wisconsin Republican said on Monday that the bill would pass, and a Senate Democrat agreed.",
			map[string]Label{"Senate": Org, "Democrat": NORP}, []string{"Senate Democrat"}},
		{"a body's name ending in a body's word, the article naming it in lower case after",
			"The Harbour Trust said the pier would reopen in May. A spokeswoman for the trust added that repairs had cost £2m.",
			map[string]Label{"Harbour Trust": Org}, nil},
		{"a geographic word, \"of\" and one or two capitalized words",
			"The ferry crossed the Firth of Lorne in a gale. Ships rounded the Cape of Good Hope. The Vale of Kelton Council met.",
			map[string]Label{"Firth of Lorne": Loc, "Cape of Good Hope": Loc, "Vale of Kelton Council": Org}, nil},
		{"capitalized words the model left out between a body's noun and a name",
			"The campaign group Clean Rivers Kelton said the water was dirty. The charity Director Mary Cole agreed.",
			map[string]Label{"Clean Rivers Kelton": Org, "Mary Cole": Person}, []string{"Rivers Kelton", "Director Mary Cole"}},
		{"\"House\" alone after \"the\" is the legislature",
			"The White House said in a statement that the president supports the bill.\n\nBut she warned that the bill still faced \"an uphill climb\" in the House, where Republicans hold a narrow majority.",
			map[string]Label{"House": Org}, nil},
		{"a company's name ending in Co takes in the two words before its \"and\"",
			"The cause of the fire is under investigation. Pacific Gas and Electric Co said it was reviewing whether its equipment was involved.",
			map[string]Label{"Pacific Gas and Electric Co": Org}, []string{"Electric Co"}},
		{"a plural of people's noun opening the sentence is no part of the name after it",
			"Headliners Velvet Owls will top the bill. Campaigners Ann Lee and Tom Hale objected. Dries Wouterse scored.",
			map[string]Label{"Ann Lee": Person, "Dries Wouterse": Person}, []string{"Headliners Velvet Owls", "Campaigners Ann Lee"}},
		{"after \"the\", capitalized words ending in a body's word the model left out",
			"Ann Lee was taken to Castlegate General Hospital on Monday.\n\nThe Castlegate Hospitals NHS Trust said it had opened 30 extra beds. She met the Legislative Assembly of Ontario.",
			map[string]Label{"Castlegate Hospitals NHS Trust": Org}, []string{"Legislative Assembly"}},
		{"what is near a place is a place",
			"Organisers confirmed the line-up for next summer's event at Ashby Marsh, near Tewkesbury.",
			map[string]Label{"Ashby Marsh": GPE, "Tewkesbury": GPE}, nil},
		{"names end at a slash",
			"The photo was taken in Leeds. (Jonah Lee/City Ledger)",
			map[string]Label{"Jonah Lee": Person, "Leeds": GPE}, []string{"Jonah Lee/City Ledger"}},
		{"after a noun and a maker's noun no person is called by (Bus operator, energy supplier), a capitalized name the model left out is the company",
			"Bus\n\nBus operator Valeline said it welcomed the move but warned that routes would still need support.\n\nThe energy supplier Brightpower said prices would rise.",
			map[string]Label{"Valeline": Org, "Brightpower": Org}, nil},
		{"a name an appositive calls a body takes the capitalized words before it, joined by \"and\", \"of\" or \"for\", back to \"the\" (The Pharmaceutical Research and Manufacturers of America, the industry's main lobbying group, said: read as the place America); a possessive noun may stand in the appositive before its noun",
			"Drugs\n\nWASHINGTON — Senate Democrats on Tuesday unveiled a plan to let Medicare negotiate the prices of drugs.\n\nThe Pharmaceutical Research and Manufacturers of America, the industry's main lobbying group, said the plan would \"stifle innovation\".",
			map[string]Label{"Pharmaceutical Research and Manufacturers of America": Org}, []string{"America"}},
		{"capitalized words ending in \"Home\" the model left out are a facility (Oakview Care Home)",
			"Court\n\nSharon Boyce, 44, took bank cards from residents' rooms at Oakview Care Home and used them to withdraw cash.",
			map[string]Label{"Oakview Care Home": Fac}, nil},
		{"a nationality before a sport's name in capitals is the sport's governing body (British Rowing), opening a sentence after a headline whose last word is capitalized too",
			"Rowing\n\nBritish Rowing's performance director, Louise Kemp, described her as \"one of the greatest athletes\".",
			map[string]Label{"British Rowing": Org}, nil},
		{"\"District\" or \"Circuit\" after a place, before a title and a name, is the judge's title, not a body (U.S. District Judge Amy Bergin: the place U.S. and the person)",
			"Ruling\n\nU.S. District Judge Amy Bergin ruled on Tuesday that the law was unconstitutional.",
			map[string]Label{"U.S.": GPE, "Amy Bergin": Person}, []string{"U.S. District"}},
		{"a capitalized word and a geographic word the model left out are a place (the Aegean Sea, the West Coast); not inside a longer name (Sirius Patriot Channel)",
			"Ferry\n\nA ferry sank in rough seas off the Greek island of Kalymnos in the Aegean Sea, the coastguard said. She spoke on Sirius Patriot Channel 125 about it.",
			map[string]Label{"Aegean Sea": Loc}, []string{"Patriot Channel"}},
		{"a place or facility right after a work's noun and the title's \"The\" is the work's title, no place (her book The Salt Road)",
			"Prize\n\nFirst-time novelist Grace Onuoha has won the Harrow Prize for her book The Salt Road, a story of three generations of women in Lagos and London.",
			map[string]Label{"Lagos": GPE}, []string{"Salt Road"}},
		{"islands news names as destinations are places the lists know, found where the model left them out (their flight to Tenerife; Lisbon, Faro and Madeira)",
			"Airline\n\nMore than 200 passengers were stranded overnight at Marston Airport when their flight to Tenerife was cancelled. Flights to Lisbon, Faro and Madeira were hit.",
			map[string]Label{"Tenerife": GPE, "Madeira": GPE}, nil},
		{"a name the label-only lists know that ends where the model's mention does opens with the capitalized words before it (Planned Parenthood, read as Parenthood)",
			"Ruling\n\nPlanned Parenthood said it would challenge the law in federal court.",
			map[string]Label{"Planned Parenthood": Org}, []string{"Parenthood"}},
		{"names listed after a plural of places and \"including\" are places; so is the name set off after \"the capital\"",
			"Banks\n\nThe closures include the last bank in several towns, including Fenwick, Alderby and Nether Brayton. Mr Brezny spoke to reporters in the capital, Talvar.",
			map[string]Label{"Fenwick": GPE, "Alderby": GPE, "Nether Brayton": GPE, "Talvar": GPE}, nil},
		{"a one-word name read as a person with no title, which the article names as a place as often or more, is that place",
			"Envoy\n\nValdoria has summoned the Ostrian ambassador. He did not say whether Valdoria would expel diplomats.",
			map[string]Label{"Valdoria": GPE}, nil},
		{"a capitalized word and \"and\" after a determiner open a body's name ending in a body's word (not initials: the IRS and …)",
			"Nurse\n\nGemma Lowther took the drugs over eight months, a Nursing and Midwifery Council panel heard. The IRS and Drug Enforcement Administration were told.",
			map[string]Label{"Nursing and Midwifery Council": Org, "Drug Enforcement Administration": Org}, []string{"Midwifery Council", "IRS and Drug Enforcement Administration"}},
		{"a team's nickname ends a club's name; a sports position is a title; Aviation ends a company's name",
			"Rugby club fined over concussion failings\n\nAn independent panel found that the club had failed to follow protocols during the match against Castleford Knights in October. Flanker Owen Maddocks was knocked out. The plane was made by Vantor Aviation, and Vantor Aviation said it was reviewing the findings.",
			map[string]Label{"Castleford Knights": Org, "Owen Maddocks": Person, "Vantor Aviation": Org}, []string{"Flanker Owen Maddocks"}},
		{"a name the lists know, read by its last word, opens with the words and small words before it; a name set off after a company's noun ends at the sentence's stop too",
			"Fraud\n\nHM Revenue and Customs said it was one of the largest frauds of its kind. The delays were caused by the foundations, according to the contractor, Balfour Keane.",
			map[string]Label{"HM Revenue and Customs": Org, "Balfour Keane": Org}, []string{"Customs"}},
		{"a place's name and a paper's word is a body (the Harrowgate Echo, read as a place); Critic is a title",
			"Row\n\nThe chef runs a restaurant in Harrowgate. \"We had booked weeks ago,\" she told the Harrowgate Echo. Restaurant critic Giles Maybury said the row was overblown.",
			map[string]Label{"Harrowgate Echo": Org, "Giles Maybury": Person}, []string{"critic Giles Maybury"}},
		{"the name after MP for, member for or represented is the member's seat, a place; a loch's word opens a place near which something is",
			"Tribute\n\nBrian Lestrange, who represented Hallam Vale in the House of Commons for 27 years, has died. The current MP for Hallam Vale, Priti Bansal, paid tribute. The body was found near Loch Etchachan.",
			map[string]Label{"Hallam Vale": GPE, "Priti Bansal": Person, "Loch Etchachan": Loc}, nil},
		{"a name of three words read as a person whose first word the article writes in lower case and is no given name is a body",
			"Police chief apologises for 'unacceptable' delays in rape cases\n\nThe head of Kelbyshire Police has apologised to victims after a report found that rape investigations were taking an average of 14 months to reach a charging decision.\n\nChief Constable Amanda Ross said the delays were \"unacceptable\" and that she was \"truly sorry\" for the distress caused. \"Victims have been let down, and I take full responsibility,\" she told a press conference at the force's headquarters.\n\nThe report, by His Majesty's Inspectorate of Constabulary, said investigators were overstretched and poorly supervised. It found that some victims had waited more than two years without being told what was happening.\n\nInspector of Constabulary Roy Wilsher said there had been \"a collective failure\" and warned that the force risked losing the confidence of women in the county.\n\nRape Crisis Kelbyshire said it welcomed the apology but wanted action. \"An apology does not bring back the years these women have lost,\" said its director, Yasmin Clarke.\n\nThe force said it would recruit 40 more detectives by next summer.",
			map[string]Label{"Rape Crisis Kelbyshire": Org}, nil},
		{"a plural read as a person alone after capitalized words, of and a body's word ends the body's name",
			"Ambulances\n\nThe Association of Ambulance Chief Executives said the delays were \"a symptom of a system under enormous strain\". Its managing director, Anna Parry, called for action.",
			map[string]Label{"Association of Ambulance Chief Executives": Org}, []string{"Executives"}},
		{"the name after a bishop's or archbishop's \"of\" is the see, a place",
			"Sermon\n\nThe Archbishop of Kelby used his Christmas Day sermon to call for an immediate ceasefire and the release of all hostages.",
			map[string]Label{"Kelby": GPE}, nil},
		{"the name after residents of or villagers of is a place, a saint's name's three words too",
			"Homes\n\nResidents of Ashcombe St Mary have vowed to fight plans. Residents of Kelby Vale said no.",
			map[string]Label{"Ashcombe St Mary": GPE, "Kelby Vale": GPE}, nil},
		{"so is the name before seat, not a legislature's (a Senate seat)",
			"Hustings\n\nThe candidates for the Kelby West seat met on Monday. He hopes to fill Tom Vale's Senate seat.",
			map[string]Label{"Kelby West": GPE, "Senate": Org}, nil},
		{"a body's name with a curly possessive's mark inside, which the model is unsure of, is kept as a straight one is",
			"Lanes\n\nBut the Kelby Traders’ Association said losing 200 parking spaces would hurt small businesses.",
			map[string]Label{"Kelby Traders’ Association": Org}, nil},
		{"a club's word ends a club's name the model left out whatever its tag (Harlow/JJ Saints/NNS)",
			"Football\n\nHarlow Saints have sacked manager Tom Vale after a run of seven successive league defeats.",
			map[string]Label{"Harlow Saints": Org}, nil},
		{"a company's noun capitalized alone at a headline's start is no name, unless the article names the word alone inside a sentence",
			"Carmaker to cut 2,000 jobs\n\nCarmaker Nordvik Motors is to cut 2,000 jobs at its Kelby factory, the company said.",
			map[string]Label{"Nordvik Motors": Org}, []string{"Carmaker"}},
		{"a name ending in Act is a law, no entity",
			"Loans\n\nSecretary Ann Vale cited the Student Relief Act of 2003, which gives the Secretary of Education power to waive loans.",
			map[string]Label{"Ann Vale": Person}, []string{"Relief Act", "Student Relief Act"}},
		{"a hyphened modifier of where a body is based is no part of its name",
			"Aid\n\n\"It comes with strings attached,\" said Tom Okello of the Kampala-based Health Justice Network.",
			map[string]Label{"Health Justice Network": Org}, []string{"Kampala-based Health Justice Network"}},
		{"HM before a name is His or Her Majesty's body (not HM the King); a shipyard's name set off after the noun is the company",
			"Storm\n\nCoastguards rescued a kayaker off the point. HM Coastguard said the man had been taken to hospital. The yacht was detained, according to the shipyard, Astilleros Baleares.",
			map[string]Label{"HM Coastguard": Org, "Astilleros Baleares": Org}, []string{"Coastguards"}},
		{"a river's word opens a place's name the model read as a body, not a body's short name (the Sacramento River Cats, then the River Cats)",
			"Bridge opens after three-year delay\n\nA new £45m bridge over the River Tamar has opened to traffic, three years later than planned. He played for the Sacramento River Cats in 2005 and joined the River Cats again later.",
			map[string]Label{"River Tamar": Loc, "River Cats": Org}, nil},
		{"a facility's name the model left out that a school's stage follows is the school's name, a body (Kelby Park Primary: had been the facility Kelby Park)",
			"Schools\n\nMarion Fitch, who leads Kelby Park Primary, said her school faced a deficit.",
			map[string]Label{"Kelby Park Primary": Org}, []string{"Kelby Park"}},
		{"an interview's one-letter turn labels are no names",
			"Interview: The climber\n\nBernard Lowe reached the summit last month.\n\nQ: Why Everest, and why now?\n\nA: I'd wanted to do it since I was a boy.\n\nQ: Were you ever afraid?\n\nA: Every day.",
			map[string]Label{"Bernard Lowe": Person}, []string{"Q", "A"}},
		{"a plural common noun opening a sentence, which the model reads as a body it is unsure of, is no one; Owner and Churchwarden are titles",
			"Cinema\n\nPrivacy experts said the case could have wide implications. \"Employers have a lot of power to monitor work devices, but there are limits,\" said Rachel Kim. Owner Derek Blyth said bills had risen. Churchwarden Geoffrey Palmer, 76, led the fundraising.",
			map[string]Label{"Rachel Kim": Person, "Derek Blyth": Person}, []string{"Employers", "Owner Derek Blyth", "Churchwarden Geoffrey Palmer"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, labels, _ := found(t, c.text)
			for text, want := range c.labels {
				assert.Equal(t, want, labels[text], "%q", text)
			}
			for _, text := range c.absent {
				assert.NotContains(t, labels, text)
			}
		})
	}
}

func TestClusters(t *testing.T) {
	text := "President Harriet Vance visited the United States on Tuesday. Vance met U.S. officials. " +
		"The Vance administration said it would reply. Dr. Omar Feld, a surgeon, joined her. Feld said little."
	a, r, _, names := found(t, text)
	assert.Equal(t, "Harriet Vance", names["Vance"])
	assert.Equal(t, "United States", names["U.S."])
	assert.Equal(t, "United States", names["United States"])
	assert.Equal(t, "Omar Feld", names["Feld"])
	var vance, feld *Cluster
	for i := range r.Clusters {
		switch r.Clusters[i].Name {
		case "Harriet Vance":
			vance = &r.Clusters[i]
		case "Omar Feld":
			feld = &r.Clusters[i]
		}
	}
	require.NotNil(t, vance)
	require.NotNil(t, feld)
	assert.Equal(t, "President", vance.Title)
	assert.Len(t, vance.Mentions, 3, "Harriet Vance, Vance, and the Vance administration")
	assert.Equal(t, "Dr.", feld.Title)
	assert.Equal(t, "male", feld.Gender, "from the given name Omar")
	assert.True(t, contains([]string{"Mike", "Pound"}, []string{"POUND"}), "a transcript's capitals join the name")
	assert.False(t, contains([]string{"Mike", "Pound"}, []string{"Pound", "Mike"}))
	for _, mi := range vance.Mentions {
		assert.Equal(t, Person, r.Mentions[mi].Label, r.Mentions[mi].Text(a))
	}
}

// TestBylineJobTitle: in a byline, a job before a given name is the
// writer's title, no part of the name (the mention had been
// "Correspondent Priya Das", with "Health" its title).
func TestBylineJobTitle(t *testing.T) {
	_, r, _, names := found(t, "Nurses\n\nBy Health Correspondent Priya Das\n\nThe union has rejected the offer.")
	assert.Equal(t, "Priya Das", names["Priya Das"])
	require.Len(t, r.Clusters, 1)
	assert.Equal(t, "Health Correspondent", r.Clusters[0].Title)
}

func TestShortNames(t *testing.T) {
	// An organization's acronym and its name without the word that ends it
	// join its cluster; a place's name does not join the longer name of
	// another kind of thing that holds it.
	cases := []struct {
		text  string
		joins map[string]string // mention -> its cluster's name
	}{
		{"The Lakeside Transit Authority raised fares on Monday. A spokesman for LTA said costs had grown.",
			map[string]string{"LTA": "Lakeside Transit Authority"}},
		{"Microsoft Corp. said on Monday it would hire. Microsoft shares rose.",
			map[string]string{"Microsoft": "Microsoft Corp."}},
		{"She studied at Washington University. Later she moved to Washington.",
			map[string]string{"Washington": "Washington"}},
		{"U.S. Steel cut jobs. The U.S. economy grew.",
			map[string]string{"U.S.": "United States"}},
		{"The United States Congress passed the bill. The U.S. Congress then adjourned. Congress will return in May.",
			map[string]string{"U.S. Congress": "United States Congress", "Congress": "United States Congress"}},
		{"The House of Representatives voted on Monday. The House then adjourned.",
			map[string]string{"House": "House of Representatives"}},
		{"Rovers come from behind to beat City\n\nKelby Rovers 3-2 Harbourside City\n\nJamie Fowler scored twice in the second half as Kelby Rovers came from two goals down to beat Harbourside City.\n\nCity led through Marco Bellini's header and a penalty from Sam Oyelaran before the break.",
			map[string]string{"City": "Harbourside City"}},
		{"Drivers rejected the offer from operator Greyline Buses. Greyline said it was disappointed.",
			map[string]string{"Greyline": "Greyline Buses"}},
		{"The regulator said SkyLark Air had kept customers waiting. SkyLark said it had been overwhelmed.",
			map[string]string{"SkyLark": "SkyLark Air"}},
		{"The harbour refused a request from ferry company Kelby Lines. Kelby's director said the route was at risk.",
			map[string]string{"Kelby": "Kelby Lines"}},
		// a given name set off after a spouse's word takes the surname of
		// the spouse named before, of the possessive's gender, or of the
		// name before the possessive; Mrs is then hers
		{"Desmond Farrow, 61, died when his plane came down. His widow, Patricia, said she had warned him. Mrs Farrow told the inquest that the gauge was faulty.",
			map[string]string{"Farrow": "Patricia Farrow", "Desmond Farrow": "Desmond Farrow"}},
		{"Jonathan Ellery, 52, died at the scene. In a statement, Mr Ellery's wife, Sarah, said he was the kindest man she knew.",
			map[string]string{"Sarah": "Sarah Ellery"}},
		// (but not when two men of different surnames come before "his":
		// whose wife she is no one can tell)
		{"Mr Dobson has raised more than £45,000. The charity's chief executive, Sir Peter Hall, said the money would help. His wife, Kerry, said she was proud.",
			map[string]string{"Kerry": "Kerry"}},
		{"Singers included Colin Hart and Tom Reed. Guests included Frank Varley, who signed the law, and his wife, Nadia, who spoke.",
			map[string]string{"Nadia": "Nadia Varley"}},
		// (and a son's, a daughter's, a brother's or a sister's)
		{"Tom Hale, 72, died on Friday. His daughter, Fiona, said he was a hero. Ms Hale added that he loved the sea.",
			map[string]string{"Fiona": "Fiona Hale", "Hale": "Fiona Hale"}},
		// (but not one of the owner's gender: the surname alone after could
		// be either's)
		{"Tom Hale's son, Daniel, was one of 20 pupils hurt. Hale now leads a charity.",
			map[string]string{"Daniel": "Daniel", "Hale": "Tom Hale"}},
		// a given name, a nickname in marks and a surname the model read
		// apart are one person's name: both mentions are the person
		{"Boxer retires\n\nFormer world champion Kieran \"The Hammer\" Doyle has announced his retirement, days after losing his comeback fight in Belfast.\n\nDoyle said his body was tired.",
			map[string]string{"Kieran": "Kieran Doyle", "Doyle": "Kieran Doyle"}},
		// (nor when the one named before is in an earlier paragraph and
		// another of that gender is named before her)
		{"Margaret Thorne, who has died aged 84, ran a school.\n\nShe was born in Sheffield. At the school she stood at the gate every morning.\n\n\"She knew every pupil,\" said former pupil Sarah Linwood.\n\nHer husband, Geoffrey, died in 2010.",
			map[string]string{"Geoffrey": "Geoffrey"}},
	}
	for _, c := range cases {
		_, _, _, names := found(t, c.text)
		for m, want := range c.joins {
			assert.Equal(t, want, names[m], "%s in %q", m, c.text)
		}
	}
}

// TestCompanyShortNameReadAsPerson: a name the model read as a person,
// all of a company's name but its legal form (Brightline Foods for
// Brightline Foods Inc.), is that company; a person's name that leads a
// foundation's is still the person's.
func TestCompanyShortNameReadAsPerson(t *testing.T) {
	// The mentions as a model may read them, so that the test is of the
	// rules after it, whatever a retrained model makes of the text.
	text := "Brightline Foods to cut 800 jobs\n\nBrightline Foods Inc. said on Monday it would cut 800 jobs.\n\nTrayvon Reed spoke to the Trayvon Reed Foundation on Monday."
	a, p, g, span := joinSetup(t, text)
	foundation := span("Trayvon Reed Foundation", Org)
	r := &Result{Mentions: []Mention{span("Brightline Foods", Person), span("Brightline Foods Inc.", Org), span("Trayvon Reed", Person), foundation}}
	r.Mentions[1].Paragraph, r.Mentions[2].Paragraph, r.Mentions[3].Paragraph = 1, 2, 2
	r.Mentions = refine(a, p, g, r.Mentions)
	r.cluster(a, p, g)
	require.Len(t, r.Mentions, 4)
	short, long, person := r.Mentions[0], r.Mentions[1], r.Mentions[2]
	assert.Equal(t, Org, short.Label)
	assert.Equal(t, long.Cluster, short.Cluster)
	assert.Equal(t, Person, person.Label)
	assert.NotEqual(t, r.Mentions[3].Cluster, person.Cluster)
}

// TestPluralHeadPersonIsBody: a person reading of three words or more
// ending in a body's plural head word is a body (Marsh Valley Hospitals),
// unless it opens with a given name.
func TestPluralHeadPersonIsBody(t *testing.T) {
	a, p, g, span := joinSetup(t, "The chief executive of Marsh Valley Hospitals, Helen Carter, apologised to Helen Carter Hospitals.")
	got := refine(a, p, g, []Mention{span("Marsh Valley Hospitals", Person), span("Helen Carter", Person), span("Helen Carter Hospitals", Person)})
	require.Len(t, got, 3)
	assert.Equal(t, Org, got[0].Label)
	assert.Equal(t, Person, got[1].Label)
	assert.Equal(t, Person, got[2].Label)
}

func TestHeadlineNameTrimmed(t *testing.T) {
	text := "Harriet Carrow Reassures Donors After Loss\n\nNEW YORK — Harriet Carrow told donors on Monday that the campaign was on track."
	a, r, _, _ := found(t, text)
	require.Equal(t, article.Headline, a.Paragraphs[0].Kind)
	for _, c := range r.Clusters {
		if c.Label == Person {
			assert.Equal(t, "Harriet Carrow", c.Name)
		}
	}
	for _, m := range r.Mentions {
		if m.Paragraph == 0 && m.Label == Person {
			assert.Equal(t, "Harriet Carrow", m.Text(a), "the headline's name, cut to the body's")
		}
	}

	// A subhead in the body, written in title case, is cut the same way.
	text = "NEW YORK — Harriet Carrow told donors on Monday that the campaign was on track.\n\n" +
		"Harriet Carrow Reassures Donors After Loss In Iowa Caucus"
	_, r, _, _ = found(t, text)
	for _, c := range r.Clusters {
		if c.Label == Person {
			assert.Equal(t, "Harriet Carrow", c.Name)
		}
	}
}

func TestClustersByGender(t *testing.T) {
	// Two people share a surname; titles and a kinship word tell them
	// apart, however near the other's full name is.
	text := "Tarek Lund and his wife, Sefa Lund, spoke at the convention.\n\n" +
		"Mr. Lund said the city had failed them. Mrs. Lund stood beside him."
	a, r, _, _ := found(t, text)
	genders := map[string]string{}
	for _, c := range r.Clusters {
		genders[c.Name] = c.Gender
	}
	assert.Equal(t, "female", genders["Sefa Lund"], "his wife, Sefa Lund")
	assert.Equal(t, "male", genders["Tarek Lund"], "Mr. Lund")
	n := 0
	for _, m := range r.Mentions {
		if m.Text(a) == "Lund" {
			n++
			want := "Tarek Lund"
			if a.Text[m.Start-5:m.Start] == "Mrs. " {
				want = "Sefa Lund"
			}
			assert.Equal(t, want, r.Clusters[m.Cluster].Name, "the Lund at %d", m.Start)
		}
	}
	assert.Equal(t, 2, n)
	// A given name alone, with no title, gives its gender too.
	_, r, _, _ = found(t, "Mary sat down. John had left early, and Sam was late.")
	genders = map[string]string{}
	for _, c := range r.Clusters {
		genders[c.Name] = c.Gender
	}
	assert.Equal(t, map[string]string{"Mary": "female", "John": "male", "Sam": ""}, genders)
}

// TestCoupleSurname: a given name alone before "and" and a person's full
// name shares its surname: "Mrs Whitlock" is hers, "Mr Whitlock" his.
func TestCoupleSurname(t *testing.T) {
	a, r, _, names := found(t, "Capsule\n\nAmong the letters was one by Sarah and Daniel Whitlock, who married later. Mrs Whitlock said she had forgotten. Mr Whitlock laughed.")
	assert.Equal(t, "Sarah Whitlock", names["Sarah"])
	for _, m := range r.Mentions {
		if m.Text(a) == "Whitlock" {
			want := "Sarah Whitlock"
			if a.Text[m.Start-3:m.Start] == "Mr " {
				want = "Daniel Whitlock"
			}
			assert.Equal(t, want, r.Clusters[m.Cluster].Name, "the Whitlock at %d", m.Start)
		}
	}
}

// TestDatelineAgencyIsCredit: the agency in a dateline's brackets sent
// the story; it is marked a credit, the dateline's place is not.
func TestDatelineAgencyIsCredit(t *testing.T) {
	a, r, _, _ := found(t, "Acme cuts forecast\n\nLONDON (Reuters) - Shares in Acme fell on Tuesday, Reuters reported.")
	var agency, place, body bool
	for _, m := range r.Mentions {
		switch {
		case m.Text(a) == "Reuters" && a.Dateline.Contains(m.Span):
			agency = true
			assert.Equal(t, Org, m.Label)
			assert.True(t, m.Credit)
		case m.Text(a) == "Reuters":
			body = true
			assert.False(t, m.Credit)
		case m.Text(a) == "LONDON":
			place = true
			assert.False(t, m.Credit)
		}
	}
	assert.True(t, agency && place && body, "%+v", r.Mentions)
}

// TestDatelineAgencyReadAsPlace: the model read the agency's name in the
// body as a place and left the dateline's out; the dateline's is still
// the agency, a credit, and the body's mention takes its label.
func TestDatelineAgencyReadAsPlace(t *testing.T) {
	text := "Cuts\n\nSAN FRANCISCO (Wire) — Orbis cut jobs.\n\nThe memo was seen by Wire on Monday."
	a, p, g, _ := joinSetup(t, text)
	body := mentionOf(a, "Wire on", GPE)
	body.End, body.Tokens.Last = body.Start+len("Wire"), body.Tokens.First+1
	var got []string
	for _, m := range refine(a, p, g, []Mention{body}) {
		got = append(got, fmt.Sprintf("%s/%s/%v", m.Text(a), m.Label, m.Credit))
	}
	assert.Equal(t, []string{"SAN FRANCISCO/GPE/false", "Wire/ORG/true", "Wire/ORG/false"}, got)
}

func TestBoilerplateAndCredits(t *testing.T) {
	text := "Sign up for the Leeds Ledger newsletter\n\nCouncil backs bus plan\n\n" +
		"Councillor Amina Okafor speaks at the launch. (Jonah Lee/City Ledger)\n\n" +
		"LEEDS, England — The council approved the plan on Tuesday, Okafor said."
	a, r, _, _ := found(t, text)
	var sawCredit, sawBody bool
	for _, m := range r.Mentions {
		switch m.Text(a) {
		case "Jonah Lee":
			sawCredit = true
			assert.True(t, m.Credit)
			assert.Equal(t, Person, m.Label)
		case "Okafor":
			sawBody = true
			assert.False(t, m.Credit || m.Boilerplate)
		}
		if m.Start < len("Sign up for the Leeds Ledger newsletter") {
			assert.True(t, m.Boilerplate, m.Text(a))
		}
	}
	assert.True(t, sawCredit, "the photographer in the credit is a mention")
	assert.True(t, sawBody)
}

// checkResult asserts what holds for every result: mentions in order, not
// overlapping, inside the text and on token edges; clusters hold their
// mentions and only theirs.
func checkResult(t testing.TB, a *article.Article, r *Result) {
	prevEnd := 0
	for i, m := range r.Mentions {
		if m.Start < prevEnd || m.End <= m.Start || m.End > len(a.Text) {
			t.Fatalf("mention %d %+v out of place (previous ends at %d)", i, m.Span, prevEnd)
		}
		prevEnd = m.End
		if m.Tokens.First < 0 || m.Tokens.Last > len(a.Tokens) || m.Tokens.First >= m.Tokens.Last ||
			a.Tokens[m.Tokens.First].Start != m.Start || a.Tokens[m.Tokens.Last-1].End != m.End {
			t.Fatalf("mention %d %+v does not match its tokens %+v", i, m.Span, m.Tokens)
		}
		if m.Label == None || m.Confidence <= 0 || m.Confidence > 1 {
			t.Fatalf("mention %d has label %v confidence %v", i, m.Label, m.Confidence)
		}
		if p := m.Paragraph; p < 0 || p >= len(a.Paragraphs) || !a.Paragraphs[p].Contains(m.Span) {
			t.Fatalf("mention %d %q is not inside its paragraph %d", i, m.Text(a), p)
		}
		if m.Cluster < 0 || m.Cluster >= len(r.Clusters) {
			t.Fatalf("mention %d names cluster %d of %d", i, m.Cluster, len(r.Clusters))
		}
	}
	seen := make([]int, len(r.Mentions))
	for id, c := range r.Clusters {
		if c.ID != id || len(c.Mentions) == 0 || c.Name == "" {
			t.Fatalf("cluster %d: %+v", id, c)
		}
		for _, mi := range c.Mentions {
			if mi < 0 || mi >= len(r.Mentions) || r.Mentions[mi].Cluster != id {
				t.Fatalf("cluster %d lists mention %d that is not its own", id, mi)
			}
			seen[mi]++
		}
	}
	for i, n := range seen {
		if n != 1 {
			t.Fatalf("mention %d is in %d clusters", i, n)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "seed-article.txt"))
	if err != nil {
		t.Skip("../shared/data is not beside the checkout")
	}
	a, r, labels, names := found(t, string(raw))
	assert.Equal(t, Person, labels["Dmitry Peskov"])
	assert.Equal(t, "Dmitry Peskov", names["Peskov"])
	for _, org := range []string{"Kremlin", "NATO", "Sputnik", "Reuters", "AFP", "Getty Images"} {
		assert.Equal(t, Org, labels[org], org)
	}
	for _, gpe := range []string{"Russia", "U.S.", "Moscow", "Geneva", "Ukraine", "Finland", "Sweden", "Germany"} {
		assert.Equal(t, GPE, labels[gpe], gpe)
	}
	assert.Equal(t, names["U.S."], "United States")
	airport := false
	for text, l := range labels {
		if l == Person {
			assert.NotContains(t, text, "Airport")
		}
		if strings.HasSuffix(text, "Airport") {
			airport = true
			assert.Equal(t, Fac, l, text) // the airport is a facility, whole
			assert.True(t, strings.HasPrefix(text, "Hartsfield"), text)
		}
	}
	assert.True(t, airport, "the airport is a mention")
	for _, m := range r.Mentions {
		assert.NotContains(t, m.Text(a), "SIGN UP")
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, err := DefaultModel()
	require.NoError(t, err)
	var buf bytes.Buffer
	_, err = m.WriteTo(&buf)
	require.NoError(t, err)
	m2, err := ReadModel(&buf)
	require.NoError(t, err)
	assert.Equal(t, m.Len(), m2.Len())
	feats := []uint64{feat(fBias), feat(fWord, hashString("moscow")), feat(fShape, hashString("Xx"))}
	var s1, s2 [nClasses]float32
	m.score(feats, &s1)
	m2.score(feats, &s2)
	for c := range s1 {
		assert.InDelta(t, s1[c], s2[c], 1e-3)
	}
	assert.Greater(t, m.classes.Len(), 1000, "the model carries its word classes")
	assert.Equal(t, m.classes.Len(), m2.classes.Len())
	for _, w := range []string{"Monday", "said", "Moscow"} {
		assert.Equal(t, m.classes.of(hashString(w)), m2.classes.of(hashString(w)), w)
	}
	_, err = ReadModel(bytes.NewReader([]byte("not a model")))
	assert.Error(t, err)
}

func TestWordClassesFrom(t *testing.T) {
	// Days and cities in the same frames fall into classes of their own.
	var texts []string
	for i := 0; i < 30; i++ {
		for _, d := range []string{"Monday", "Tuesday", "Friday"} {
			texts = append(texts, "The council met on "+d+" morning .")
		}
		for _, c := range []string{"Leeds", "Oslo", "Lyon"} {
			texts = append(texts, "The mayor of "+c+" said no .")
		}
	}
	c := WordClassesFrom(texts, WordClassOptions{Classes: 4, Seed: 1})
	day, city := c.of(hashString("Monday")), c.of(hashString("Leeds"))
	require.NotZero(t, day)
	require.NotZero(t, city)
	assert.NotEqual(t, day, city)
	assert.Equal(t, day, c.of(hashString("Friday")))
	assert.Equal(t, city, c.of(hashString("Lyon")))
	assert.Zero(t, c.of(hashString("Paris")), "an unseen word has no class")
	assert.Zero(t, WordClassesFrom(nil, WordClassOptions{}).Len())
	assert.Equal(t, int(day), c.Class("Tuesday"), "Class is the exported of")
	var none *WordClasses
	assert.Zero(t, none.Class("Monday"))

	m, err := DefaultModel()
	require.NoError(t, err)
	for _, w := range []string{"Monday", "said", "Moscow"} {
		assert.NotZero(t, m.Classes().Class(w), "the embedded model's classes know %s", w)
	}
}

func TestTrain(t *testing.T) {
	// A tiny corpus the model must fit: names it has seen, in frames it has seen.
	var docs []TrainingDoc
	for _, s := range []string{"Yesterday Zorbin Quill met Pell Varro in Ostravia .", "Pell Varro left Ostravia with Zorbin Quill ."} {
		a, err := article.Parse(s)
		require.NoError(t, err)
		var ms []GoldMention
		words := make([]string, len(a.Tokens))
		for i := range a.Tokens {
			words[i] = a.TokenText(i)
		}
		for i := 0; i < len(words); i++ {
			switch words[i] {
			case "Zorbin", "Pell":
				ms = append(ms, GoldMention{Tokens: article.Range{First: i, Last: i + 2}, Label: Person})
			case "Ostravia":
				ms = append(ms, GoldMention{Tokens: article.Range{First: i, Last: i + 1}, Label: GPE})
			}
		}
		docs = append(docs, TrainingDoc{Article: a, Mentions: ms})
	}
	for _, explore := range []bool{false, true} {
		m := Train(docs, TrainOptions{Epochs: 10, Prune: 1e-9, Explore: explore})
		a, err := article.Parse("Zorbin Quill went to Ostravia .")
		require.NoError(t, err)
		r := m.Recognize(a)
		var got []string
		for _, x := range r.Mentions {
			got = append(got, x.Label.String()+":"+x.Text(a))
		}
		assert.Equal(t, []string{"PERSON:Zorbin Quill", "GPE:Ostravia"}, got, "explore %v", explore)
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"Board\n\nHallam Foods said. Charities including Harrow Relief and the Tenby Fund; Veyra Dynamics; said Kenya Ashgrove, director of it. Campaign group Gambling Harm Action said. A runner from Ashby Vale; Hendon Shire, Tolland Shire. The Committee on Rural Appointments; the Council on Tuesday; the Committee on the. The Daily Orbiter. Hydrologist Nora Pellew, who. Guild of Potters and Glaziers general secretary Nia Brack. We cannot",
		"Trust fined\n\nWestcombe and Ashby NHS Foundation Trust, Barking, Havering and Redbridge University Hospitals NHS Trust and NHS Trust said. Analyst Ottilie Marsk of Greyfold Securities; services from Sunday; Belgian side Harsveld Vooruit; Orrell & Sons; the families' group Brenton Voices; chief executive of Neighbours Together; State Representative Alma Reyes-Tindall; on loan from Harford City; Kelby Town beat Ashmoor Rovers 2-1; Corran's Bakery. Credit: Tamsin Odgers/Hambury Voice",
		"Champions League: Harton City 2-1 Porto Azul\n\nOAKRIDGE, Ore. — The Campaign to Protect Rural England; Labour-run Kelton Council; residents in Coningsby and Tattersby; between Carmarthen and Swansea; Fenway Buses East Midlands; Halden & Co. Magistrates heard. Friends of Kelby Lido said. The police chief of Oakridge; City Manager Ellen Ruiz. Marathon winner; former Olympian Derek Stannard; Pop star Zorana Vance. An inquest in Kelby heard; in Support of. Photo: Kelby Echo. Channel 4 News. The Marine Accident Investigation Branch; a man from Lincoln. The World Food Programme (WFP) said; a Faith & Freedom forum.\n\nGRACE ADEYEMI: No.\n\nADEYEMI: Yes.",
		"Rovers top\n\nKelby Rovers 3-1 Ashmoor Town\n\nTo beat Ashmoor Town; Ashmoor led. The group Just Act. Image caption: Flowers have been left. France's prime minister; Chad's. CalMarine said; CalMarine's director; MacAskill's. Haulier Mick Brennan, 55, said. Det Con Lee Barnes; Moira Power, of the Patients Association, said; felt as far away as Diyarbakir. BBC Radio 4's Today. Head of markets at Interactive Investor, said. The villages of Yesilkoy and Akcadag. The Turkish Red Crescent. Turkey's disaster agency, Afad. The Better Buses for Lincolnshire group.",
		"Pact\n\nThe British Airline Pilots' Association (Balpa) said; Balpa. In Aberporth, Ceredigion, a roof; S. F., Cal. Willowmead House; the Halvorsen White House. Leeds Teaching Hospitals NHS Trust. Trevanion Ferries; The Save Our Shoreline group; to Fight Crime. A High Court judge. Turnout in Kelby North; Kelby North. The Westgate ward. The South American bloc Mercosur. Kelby Hospitals. Voltaris, a battery startup founded by x. Regulator Ofwat; Group F. St Aidan's Hospice. Mary and John. Natural Resources Wales said. Transport Scotland; New England; Sport England.",
		"Homes\n\nResidents of Ashcombe St Mary said. The Archbishop of Kelby spoke. A report on rape cases. Rape Crisis Kelbyshire said. The Association of Ambulance Chief Executives said; Executives.",
		"Carmaker to cut jobs\n\nCarmaker Nordvik Motors said. Near Cwm Penmachno and near Loch Etchachan. HM Coastguard said; Coastguards. The MP for Hallam Vale; the Kelby West seat; a Senate seat. The Harrowgate Echo. Harlow Saints. The Kampala-based Health Justice Network; Kampala-based. The Kelby Traders’ Association. The Student Relief Act; Act. Ferry company Kelby Lines; Kelby's. The shipyard, Astilleros Baleares, said.",
		"Rail strike: a\n\nRail Partners said the rail b. The Financial Conduct Authority (FCA) said c; the FCA's d. Westbridge Rovers won. Rovers are 14th after a 2-1 defeat at Harrowgate Town. Medivox, a start-up backed by e, on Mont Blanc. The Education Authority. The National Federation of Farmers' Unions. The charity Save the Rhino. Transport for Wales.",
		"The Harbour Trust; the trust. The Firth of Lorne, the Cape of Good Hope, the Vale of X Council. The group Clean Rivers Kelton. Chipmaker Brelvia\n\nBrelvia's shares fell. Pacific Gas and Electric Co said. in the House. Headliners Velvet Owls. Sarah and Daniel Whitlock; Mrs Whitlock.",
		"Safety\n\nThe Health and Safety Executive said. Natural Resources Wales. His Majesty's Inspectorate of Probation; Her Majesty's Prison Service. Our editor, Tariq Islam, said. Kelby Borough Council; Kelby Council; the people of Kelby. Heathrow and Gatwick. Rosa Lee of Stop Kelby Expansion; Lee Wang of The Interlocutor. Col Aske. Counsel to the inquiry. Kelworth Hospitals NHS Foundation Trust said. BBC Radio Harbour; the Memorial Ground. Figures from research firm Quorvex showed. Queen's University and Ulster University. The Northgate Hospitals NHS Trust. The 2019 thriller Grey Harbour. The Kelby Chronicle; the Chronicle. Released through Avon and Somerset Police.",
		"Ferries\n\nThe MV Isle of Carran; HMS Kelby; the Ridge Creek Fire; every sailing from Oban; flights to Tiree. The company, Meridian Health Supplies, said. Who has lived in Alder Flat; near Scott Base; James Park. Of Halbrook Road, Tenby, was. City council member Raj Patel. The Norchem site; Norchem said. His debut \"The Salt Road\". Publisher Harbour Books said. Head of Greenway Primary. Kestria's foreign minister. Mr Dobson. Sir Peter Hall said. His wife, Kerry, said. Kian Walsh.",
		"Boxer\n\nKieran \"The Hammer\" Doyle; Tom J. \"Tad\" Hale; Doyle. Residents' group Kelmford Flood Action said. At the Corn Exchange, Wexley, until. Lough Ardan. Her publisher, Canongate Harbour, said. Where St Michael's has. The Pacific Islands Forum. Named locally as 17-year-old Reece Darby. Age Concern Kelbyshire. Linnea Okafor-Hart; Okafor-Hart said. The group Farmers Together said. Clyde & Isles Ferries Ltd. HM Coastguard. Samir al-Kestrani; Al-Kestrani said; Ansar al-Sharia. His daughter, Fiona; Ms Hale. The Kelby Rail Users' Group. Kessler Brothers. al-\n\nel-X",
		"Cliff\n\nFarmland north of Ashcombe; Cloudnest shares fell; Sparta Brenk; Minera Altavista said. City led. The Halden Philharmonic; its base in Shannon; in Brandham and Eastcote. Of Wiltshire Police's unit; © Kelby Gazette 2026. In nearby Hatherley. But Stop Kelby Expansion, a group representing x. SunAir apologised. Accountants at Grant Mercer. The pipeline's developer, Allegheny Midstream, said. Near Gull Cove; the RNLI's. Councilmember Rosa Ibarra. A Kelshire Police spokesman. Former Premier League. Executive director of Vote Forward Ohio. In Varnavas, a. In FrameNet, b.",
		"", "President Dalen met NATO in Geneva.", "(Jonah Lee/City Ledger)",
		"Banks\n\nPlanned Parenthood said. HM Revenue and Customs said. Several towns, including Fenwick, Alderby and Nether Brayton. In the capital, Talvar. Valdoria said; whether Valdoria would. A Nursing and Midwifery Council panel. His widow, Patricia, said. Mrs Farrow said. Mr Ellery's wife, Sarah. \"Employers have power.\" Q: Why? A: Because. According to the contractor, Balfour Keane. The River Tamar; the Sacramento River Cats; the River Cats. Flanker Owen Maddocks. She leads Kelby Park Primary, and the Democratic Primary.",
		"Port\n\nThe Port of Kelby said. The Brackley Rovers Supporters' Trust. Thornby Parish Council; at Thornby. Wellsford Cathedral; the Dean of Wellsford; the Tesco Stadium; shares in Tesco. Its chief executive, Moira Power. Matt Dunleavy, chief executive of Crisis, said. Secretary of State Adrian Folsom. SkyLark Air; SkyLark. The Art Loss Register. Mill Close. Kelby Playhouse. Coastway Rail.",
		"CEDAR RIDGE, Calif. — Greyline Buses and Greyline. Student Leah Morgan; PC Dan Ash; But Labour's x. The Kestrel Vale Hospitals NHS Foundation Trust. The Isle of Carra; the Isle of Wight Council; the Marlow Gallery. Energy supplier Brightwave. Former Riverton mayor Ann Lee; Riverton's current mayor. Cedar Ridge, Cal Fire.",
		"Sign up\n\nBy A B\n\nLONDON — X said.",
		"U.S. U.S. United States the the The", "Mr. Mr. Dr.", "\xff\xfe Zed", "A B C D E F G H I J K",
		"“x,” Zed says. “y,” said Zed. Millbrook Council, MILLBROOK COUNCIL and Millbrook. Boss Dean Okafor.",
		"SAN FRANCISCO (Wire) — Veltrix Data fell. Veltrix Data said. The champion Alemitu Bekele won; Bekele ran.\n\nOKON: x\n\nMayor Ruth Okon. St Mary's Hospital, NHS England, the River Aske, Prosecutor Tom Imrie.",
		"Lumora, the software maker, said. The chipmaker Orsk. Its parent company, Lumvar, said. The pending Judicial Watch case; Judicial Watch sued. Her nephew, Calum, and Anne-Marie Duval, in the town of Karlova. Storm Ilsa. By Lena Ward, Court Reporter",
		"Dana Paris said. Paris said. She visited Paris. The Catholic Church, the Church of England. Sweden beat Belgium 2-1; a goal, a striker, a match. Christian Varosi. Skylane Holdings; Skylane. Analysts at Berenberg. The regulator, Ofwat, said; the charity Second Chance, which. Pendle Estates. The M62, I-95, A1(M). Sgt Lisa Hart. “Safety first,” he said. The Venetian Hotel.",
		"Water UK and Sport England. The National Farmers' Union. Harton Rovers; Rovers, who. Southern Water. St Thomas' Hospital, King's College Hospital. Photograph: Mark Pinder/PA\n\nChief economist Rain Hollis-Ward. personal protective equipment (PPE), PPE. The British Chambers of Commerce. A bakery in Saltash. Home Park for Plymouth Argyle's match.",
		"His former manager at the club, Roberto Vell, said. Simon Keane KC and Jane Ross MP OBE. The Confederation of Dutch Growers; the International Federation of Glass Makers. The striker joined Corvallo, 41 goals, squad, coach; Dunmore City; in Vellany; of Brack, Ontario. Her album Glasshouse. Pensioner Brian Holt. Harton Rovers beat Castleford Town. Castleford led. The app company Dashly, then Dashly denied.",
		"Norvik plans to buy battery start-up Voltaris for about $1.5 billion. A Voltaris spokeswoman. Voltaris Park. The advocacy group Citizens for Fair Roads, which. Campaign for an Open Vale. South Korea's foreign minister, Cho Tae-yul, welcomed. Yun Sun, director of the programme. The Vale Sun, a newspaper.",
		"A 5.1-magnitude quake, a 1,000-strong crowd. Harton came from behind to beat Newcastle 2-1; a goal, half-time, a penalty. The Food and Drink Federation; the Newfoundland and Labrador Court of Appeal; the House and Senate. Former transport minister Sir Alan Brook. Unison, which represents staff, said. Veltro Holdings Inc; Veltro said. Hale Group Inc and Tom Hale; Hale said.",
		"She trained at St Thomas' Hospital and King's College London, joined the Democratic Women's Club of Florida. Kate Rowe of Avon and Somerset Police. Arsenal drew with Chelsea; a goal, a striker, the league. Lakeview Builders. St Mary's",
		"The River Wye rose. Karoline Lumley, the White House press secretary, said. Lake Windermere. Ann Lee, a",
		"Rescued from Ben Nevis, then Cycling charity Wheelwise said. In a statement, Kelmarsh Hospitals NHS Trust said. The couple from Wexcombe. Passenger watchdog Transport Focus said. Harbour City came from behind to beat Northport 2-1; a substitute equalised with a header. Amber warning. the Post Office.\" Transport Secretary Leah Moran. Stop Northgate Runway. Westmere United striker. Wessex Fire and Rescue Service. The shopworkers' union Usdaw said. chief executive of Action on Smoking and Health, said. Coroner Alison Reid. SunPath Holidays",
		"Advocacy group Justice Watch said. Patients' group Voice for Halden said. The journal Marine Ecology Letters. The Linfield Economic Partnership met. King Street and Station Road. Flights to Lisbon, Faro and Madeira. The Brightwell Plastics site. Devon and Somerset Fire and Rescue Service said. British Rowing's director. U.S. District Judge Amy Bergin. The Aegean Sea. The Information Commissioner's Office. Bus operator Valeline said. The Pharmaceutical Research and Manufacturers of America, the industry's main lobbying group, said. towns such as Alcester and Shipton.",
		"Crewe and Swindon. Avon Fire and Rescue Service; the Department for Environment, Food and Rural Affairs; University Hospitals of X NHS Trust. Lead author Dr Hong Chen. Local MSP Al Ray. The Scottish Government. The British Retail Consortium. The RMT union; xAI, eBay; Lincoln City; Moira Power, chief executive of it; Leeds Magistrates' Court; Cheshire West and Chester Council; x. Nigeria's National Commission; France's Ministry of Culture; Britain's Royal Navy; the National Farmers' Union; Friends of the Fells, a group; Northwind Renewables; Sir Clive English; Dan Ivers of Wexmoor Securities; chief executive Mei-Lin Chow; the Leeds Teaching Hospitals NHS Trust; Newcastle upon Tyne Hospitals NHS Trust; France's",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := article.Parse(s)
		if err != nil {
			return
		}
		checkResult(t, a, Recognize(a))
	})
}

// joinSetup parses text and prepares it for joinHeads, with a helper
// making the mention of a label over some of its words.
func joinSetup(t *testing.T, text string) (*article.Article, *prepared, *gazetteer, func(string, Label) Mention) {
	t.Helper()
	a, err := article.Parse(text)
	require.NoError(t, err)
	g := loadGazetteer()
	return a, prepare(a, g, nil), g, func(words string, l Label) Mention { return mentionOf(a, words, l) }
}

// TestQuantityIsNoAppositive: "a group of" after a name is a quantity,
// no description of the name as a body.
func TestQuantityIsNoAppositive(t *testing.T) {
	_, _, labels, _ := found(t, "Talks\n\nOn Tuesday night, in a classified room in the Capitol, a group of senators met with officials.")
	assert.NotEqual(t, Org, labels["Capitol"])
}

// TestAreaAfterTown: a word set off by commas after a town is its county
// unless it is a person's: before an age or "who", a surname, a given
// name; nor a word after a place with no preposition of place, nor one
// in a list of names, nor an abbreviation.
func TestAreaAfterTown(t *testing.T) {
	a, p, g, span := joinSetup(t, "In Aberporth, Ceredigion, a roof fell. The firm of Harlow, Dane, Stroud & Co. In Kelby, Vane, 45, was held. In Tenby, Drane, who was, said. In Rhyl, Cole, the owner, said. Ann Cole left. In Harlow, Tessa, a nurse, said. Kelby, Gwynedd, is wet. In Tenby, Cal.")
	more := areaAfterTown(a, p, g, []Mention{span("Aberporth", GPE), span("Harlow", GPE), span("Kelby", GPE), span("Tenby", GPE), span("Rhyl", GPE), span("Ann Cole", Person), mentionFrom(a, "Harlow", strings.Index(a.Text, "Harlow, Tessa"), GPE),
		mentionFrom(a, "Kelby", strings.Index(a.Text, "Kelby, Gwynedd"), GPE), mentionFrom(a, "Tenby", strings.Index(a.Text, "Tenby, Cal"), GPE)})
	assert.Equal(t, []string{"Ceredigion/GPE"}, labelled(a, more))
}

// TestPlainBody: below the confidence floor the model's body is kept when
// it is capitalized words (or "&") ending in a body's word, no given name
// first; not one word, not with a possessive or "of" in it, not a person.
func TestPlainBody(t *testing.T) {
	_, p, g, span := joinSetup(t, "The Harbour Trust met Moelis & Company, Ann Lee Trust, Trust, Orla's Coalition and Darran Whitby of Kelton Baptist Church.")
	for _, c := range []struct {
		words string
		typ   int
		want  bool
	}{
		{"Harbour Trust", typeOrg, true},
		{"Moelis & Company", typeOrg, true},
		{"Harbour Trust", typePer, false},
		{"Ann Lee Trust", typeOrg, false},
		{"Trust,", typeOrg, false},
		{"Orla's Coalition", typeOrg, false},
		{"Darran Whitby of Kelton Baptist Church", typeOrg, false},
	} {
		m := span(c.words, Org)
		if c.words == "Trust," {
			m.Tokens.Last--
		}
		assert.Equal(t, c.want, plainBody(p, g, m.Tokens.First, m.Tokens.Last, c.typ), c.words)
	}
}

// TestSharesOwner: one or two capitalized words before a possessive and
// shares or stock that move are a body (a company), tagged wherever the
// article names it, a sentence-case headline opening with a company's noun
// too; not a person's holding.
func TestSharesOwner(t *testing.T) {
	a, r, labels, _ := found(t, "Chipmaker Brelvia to cut jobs\n\nBrelvia, one of Europe's biggest makers of memory chips, will cut 2,000 jobs. Brelvia's shares closed 8% lower. Orla Denny's shares in the firm are worth more.")
	assert.Equal(t, Org, labels["Brelvia"])
	n := 0
	for _, m := range r.Mentions {
		if m.Text(a) == "Brelvia" {
			n++
		}
	}
	assert.Equal(t, 3, n, "the headline's, the body's and the shares' owner")
	assert.NotEqual(t, Org, labels["Orla Denny"])
	var p *prepared
	var g *gazetteer
	a, p, g, _ = joinSetup(t, "Brelvia's shares fell. Brelvia's shares in Kelton. Ann's stock rose.")
	assert.Equal(t, 1, sharesOwner(a, p, g, 0, len(a.Tokens)))
	assert.Equal(t, 5, sharesOwner(a, p, g, 5, len(a.Tokens)))
	assert.Equal(t, 12, sharesOwner(a, p, g, 12, len(a.Tokens)))
}

// TestPropagate: a name of two words the model found once is tagged
// where else it stands alone in the article, before or after; not inside
// a longer capitalized name, not one word of it, not a name given two
// labels.
func TestPropagate(t *testing.T) {
	text := "Shares in Veltrix Data fell on Monday. Veltrix Data said sales fell. Veltrix Data Group is not it, nor is Veltrix."
	a, p, _, _ := joinSetup(t, text)
	second := strings.Index(text, "Veltrix Data said")
	m := mentionOf(a, "Veltrix Data said", Org)
	m.End = second + len("Veltrix Data")
	m.Tokens.Last = m.Tokens.First + 2
	got := propagate(a, p, []Mention{m})
	require.Len(t, got, 1)
	assert.Equal(t, "Veltrix Data", got[0].Text(a))
	assert.Equal(t, strings.Index(text, "Veltrix Data fell"), got[0].Start)
	assert.Equal(t, Org, got[0].Label)
	assert.Equal(t, 0, got[0].Paragraph)
	// Two labels for one name: spread neither.
	first := mentionOf(a, "Veltrix Data", Person)
	assert.Empty(t, propagate(a, p, []Mention{first, m}))
}

// TestGivenNames: a capitalized word the model left out before the
// surname of a person it read alone is the given name; not a word the
// article writes in lower case, a title, or inside a longer capitalized
// run.
func TestGivenNames(t *testing.T) {
	a, p, g, span := joinSetup(t, "The champion Alemitu Bekele led. Bekele won. Cyclone Bekele hit, and the cyclone passed. Judge Bekele spoke. New York Bekele Inc rose.")
	alone := span("Bekele won", Person)
	alone.Tokens.Last, alone.End = alone.Tokens.First+1, alone.Start+len("Bekele")
	texts := labelled(a, givenNames(a, p, g, []Mention{alone}))
	assert.Equal(t, []string{"Alemitu Bekele/PERSON"}, texts)
}

// TestTurnLabels: a transcript turn's label in capitals that is a
// person's surname is a mention of them; not another label, nor a
// surname in capitals elsewhere.
func TestTurnLabels(t *testing.T) {
	a, _, _, span := joinSetup(t, "Mayor Ruth Okon talks.\n\nQ: Why?\n\nOKON: Because.\n\nLEE: No.\n\nWe met OKON: twice.")
	got := turnLabels(a, []Mention{span("Ruth Okon", Person)}, nil)
	require.Len(t, got, 1)
	assert.Equal(t, "OKON", got[0].Text(a))
	assert.Equal(t, Person, got[0].Label)
	assert.Equal(t, 2, got[0].Paragraph)
}

func TestJoinHeads(t *testing.T) {
	a, p, g, span := joinSetup(t, "They met at the Kennedy Space Center and at Jack London Square.")
	// The model split each name: a person, then a head.
	ms := []Mention{span("Kennedy", Person), span("Space Center", Org), span("Jack London", Person), span("Square", Fac)}
	got := joinHeads(a, p, g, ms)
	require.Len(t, got, 2)
	assert.Equal(t, "Kennedy Space Center", got[0].Text(a))
	assert.Equal(t, Org, got[0].Label)
	assert.Equal(t, "Jack London Square", got[1].Text(a))
	assert.Equal(t, Fac, got[1].Label)
	// Names apart stay apart.
	ms = []Mention{span("Kennedy", Person), span("Jack London", Person)}
	assert.Len(t, joinHeads(a, p, g, ms), 2)
	// So do a headline's last name and the body's first.
	a, p, g, span = joinSetup(t, "Chipmaker to build plant in Arizona\n\nVeltrix Semiconductor said it would.")
	ms = []Mention{span("Arizona", GPE), span("Veltrix Semiconductor", Org)}
	assert.Len(t, joinHeads(a, p, g, ms), 2)
}

func TestJoinOfName(t *testing.T) {
	a, p, g, span := joinSetup(t, "She sat on the United States Court of Appeals and spoke at the Congress of Arts and Sciences in Leeds.")
	// The model stopped at "of"; a place inside the name goes with it.
	ms := []Mention{span("United States Court", GPE), span("Congress", Org), span("Leeds", GPE)}
	got := joinHeads(a, p, g, ms)
	require.Len(t, got, 3)
	assert.Equal(t, "United States Court of Appeals", got[0].Text(a))
	assert.Equal(t, Org, got[0].Label)
	assert.Equal(t, "Congress of Arts and Sciences", got[1].Text(a))
	assert.Equal(t, "Leeds", got[2].Text(a))
}

func TestJoinForName(t *testing.T) {
	a, p, g, span := joinSetup(t, "Staff of the Centers for Disease Control and Prevention, the Committee for a Responsible Budget and the Ward Institute for Peace and Justice met Ann Hale at the Office of Trade and Congress.")
	// The model ended each name early: inside it at "and", at the head
	// word before "for", or with a word of it read as a person.
	ms := []Mention{span("Centers for Disease Control", Org), span("Committee", Org),
		span("Ward Institute", Org), span("Justice", Person), span("Ann Hale", Person), span("Office", Org), span("Congress", Org)}
	texts := labelled(a, joinHeads(a, p, g, ms))
	// A body the gazetteers know after "and" is one of its own.
	assert.Equal(t, []string{"Centers for Disease Control and Prevention/ORG", "Committee for a Responsible Budget/ORG",
		"Ward Institute for Peace and Justice/ORG", "Ann Hale/PERSON", "Office of Trade/ORG", "Congress/ORG"}, texts)
}

func TestJoinListName(t *testing.T) {
	a, p, g, span := joinSetup(t, "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives met the Bank of England, Lodestar and Kestrel Trust.")
	// A list closed by "and" inside a body's name is part of it; a body
	// the model read on its own after a comma is not.
	ms := []Mention{span("Bureau of Alcohol", Org), span("Tobacco", Person), span("Firearms", Person),
		span("Bank of England", Org), span("Lodestar", Org), span("Kestrel Trust", Org)}
	var texts []string
	for _, m := range joinHeads(a, p, g, ms) {
		texts = append(texts, m.Text(a))
	}
	assert.Equal(t, []string{"Bureau of Alcohol, Tobacco, Firearms and Explosives", "Bank of England", "Lodestar", "Kestrel Trust"}, texts)
}

func TestCoordinatedBodies(t *testing.T) {
	a, p, g, span := joinSetup(t, "The Office of Trade Relations and Division of Student Affairs met the Department of Health and Human Services.")
	two := span("Office of Trade Relations and Division of Student Affairs", Org)
	k := coordinated(p, g, two.Tokens)
	require.Positive(t, k)
	assert.Equal(t, "and", a.TokenText(k))
	// One body's name with "and" inside stays whole.
	assert.Zero(t, coordinated(p, g, span("Department of Health and Human Services", Org).Tokens))
	a, p, g, span = joinSetup(t, "The National Union of Miners and National Union of Teachers met.")
	k = coordinated(p, g, span("National Union of Miners and National Union of Teachers", Org).Tokens)
	require.Positive(t, k)
	assert.Equal(t, "and", a.TokenText(k))
	// A head word alone before "and" is no body of its own.
	_, p, g, span = joinSetup(t, "The Securities and Exchange Commission and the Kestrel Bank and Lodestar Trust met.")
	assert.Zero(t, coordinated(p, g, span("Securities and Exchange Commission", Org).Tokens))
	assert.Positive(t, coordinated(p, g, span("Kestrel Bank and Lodestar Trust", Org).Tokens))
	// Unless the second body ends in that head word: the first body's,
	// its words before left out (Queen's University and …).
	a, p, g, span = joinSetup(t, "Links with Kelby University and Hartmoor University grew.")
	k = coordinated(p, g, span("University and Hartmoor University", Org).Tokens)
	require.Positive(t, k)
	assert.Equal(t, "and", a.TokenText(k))
}

// TestGivenNameTitle: a title that is also a given name (Dean) opens the
// name of the surname after it unless a body's capitalized name or "the"
// comes before it.
func TestGivenNameTitle(t *testing.T) {
	cases := []struct{ text, mention, want string }{
		{"Harlow boss Dean Okafor praised his players.", "Okafor", "Dean Okafor"},
		{"Dean Okafor praised his players.", "Okafor", "Dean Okafor"},
		{"Rep. Dean Okafor praised the bill.", "Dean Okafor", "Dean Okafor"},
		{"Law School Dean Okafor praised the plan.", "Okafor", "Okafor"},
		{"The Dean Okafor praised the plan.", "Dean Okafor", "Okafor"},
	}
	for _, c := range cases {
		a, p, g, span := joinSetup(t, c.text)
		got := refine(a, p, g, []Mention{span(c.mention, Person)})
		require.Len(t, got, 1, c.text)
		assert.Equal(t, c.want, got[0].Text(a), c.text)
	}
}

// refinedLabels returns "text/LABEL" for each mention refine makes of ms.
func refinedLabels(a *article.Article, p *prepared, g *gazetteer, ms ...Mention) []string {
	return labelled(a, refine(a, p, g, ms))
}

// labelled returns "text/LABEL" for each mention of ms.
func labelled(a *article.Article, ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text(a)+"/"+m.Label.String())
	}
	return out
}

// clusterTitles returns each cluster's title by its name.
func clusterTitles(r *Result) map[string]string {
	titles := map[string]string{}
	for _, c := range r.Clusters {
		titles[c.Name] = c.Title
	}
	return titles
}

// TestCouncils: a word read as a person before a council's head word is
// the council (Millbrook | Council), so is a name in capitals ending in
// one, and the one-word name of a place with a council is a place.
func TestCouncils(t *testing.T) {
	a, p, g, span := joinSetup(t, "Millbrook Council met. MILLBROOK COUNCIL PRESS OFFICE called. Shops in Millbrook shut. Ann Lee Council spoke.")
	town := mentionOf(a, "Millbrook shut", Person) // the third Millbrook, alone
	town.Tokens.Last--
	town.End = a.Tokens[town.Tokens.Last-1].End
	labels := refinedLabels(a, p, g, span("Millbrook", Person), span("MILLBROOK COUNCIL", Person), town, span("Ann", Person))
	assert.Equal(t, []string{"Millbrook Council/ORG", "MILLBROOK COUNCIL/ORG", "Millbrook/GPE", "Ann/PERSON"}, labels)

	// a parish's council too (Thornby Parish Council: Thornby alone is
	// the place)
	a, p, g, span = joinSetup(t, "Levels at Thornby rose. Thornby Parish Council met.")
	assert.Equal(t, []string{"Thornby/GPE", "Thornby Parish Council/ORG"}, refinedLabels(a, p, g, span("Thornby", Person), span("Thornby Parish Council", Org)))
}

// TestDialogueSpeakerIsPerson: a capitalized word alone that speaks a
// quotation in dialogue's way is a person, where the model left it out;
// not a day, a body's capitals or Mom.
func TestDialogueSpeakerIsPerson(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Night\n\n“Go home,” Zerrin says. “No,” said Zerrin. “Fine,” Mom says. “Yes,” said Thursday. “Sure,” KPMG says.")
	var out []Mention
	got := map[string]Label{}
	for _, m := range refine(a, p, g, out) {
		got[m.Text(a)] = m.Label
	}
	assert.Equal(t, map[string]Label{"Zerrin": Person}, got)
}

// TestRoadNames: a name ending in a road's head word is a facility,
// whatever the model read (Mill Lane), but a given name and a surname the
// model read as a person stay one (Ann Drive).
func TestRoadNames(t *testing.T) {
	a, p, g, span := joinSetup(t, "Robert King of Mill Lane and Ann Drive of Oak Crescent wrote.")
	labels := refinedLabels(a, p, g, span("Mill Lane", Person), span("Ann Drive", Person), span("Oak Crescent", Person))
	assert.Equal(t, []string{"Robert King/PERSON", "Mill Lane/FAC", "Ann Drive/PERSON", "Oak Crescent/FAC"}, labels)
}

// TestJoinGroups: two groups side by side are one (Liberal Democrat), not
// inside a longer name; a unit after "degrees" is no person.
func TestJoinGroups(t *testing.T) {
	a, p, g, span := joinSetup(t, "The Liberal Democrat leader said it was 18 degrees Celsius at the Republican Jewish Coalition.")
	labels := refinedLabels(a, p, g, span("Liberal", NORP), span("Democrat", NORP), span("Celsius", Person), span("Republican", NORP), span("Jewish", NORP))
	assert.Equal(t, []string{"Liberal Democrat/NORP", "Republican/NORP", "Jewish/NORP"}, labels)
}

// TestClubs: a name ending in a sports club's word is an organization,
// as the model read it or not (Castleford Rovers); so is a place's name
// and "Town" read as a person (Harlow Town; not Ann Town).
func TestClubs(t *testing.T) {
	a, p, g, span := joinSetup(t, "Harlow beat Castleford Rovers 2-1, and Leeds United lost to Arsenal FC. Harlow Town won, said Ann Town.")
	labels := refinedLabels(a, p, g, span("Leeds United", Person), span("Arsenal FC", GPE), span("Harlow Town", Person), span("Ann Town", Person))
	assert.Equal(t, []string{"Castleford Rovers/ORG", "Leeds United/ORG", "Arsenal FC/ORG", "Harlow Town/ORG", "Ann Town/PERSON"}, labels)
}

// TestCompanies: capitalized words the model left out ending in a
// company's word are an organization (Harbourline Systems), not the word
// alone (Systems failed).
func TestCompanies(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Shares in Harbourline Systems fell as Calloway Securities sold. Systems failed.")
	assert.Equal(t, []string{"Harbourline Systems/ORG", "Calloway Securities/ORG"}, refinedLabels(a, p, g))
}

// TestAdjectiveInFacilityName: a capitalized adjective may stand in the
// run of capitalized words the model left out that ends in a facility's
// word (the Venetian Hotel, where the tagger reads Venetian as an
// adjective).
func TestAdjectiveInFacilityName(t *testing.T) {
	a, p, g, _ := joinSetup(t, "The gala took place at the Venetian Hotel on Friday.")
	require.Equal(t, article.JJ, a.Tokens[6].Tag, "the test needs the tagger's adjective")
	assert.Equal(t, []string{"Venetian Hotel/FAC"}, refinedLabels(a, p, g))
}

// TestCommonNounOpeningSentence: a word opening a sentence that the
// tagger reads as a common noun, which the model read as a person it was
// unsure of, is no one; a surname of a person the article named, or a
// given name, stays.
func TestCommonNounOpeningSentence(t *testing.T) {
	a, p, g, span := joinSetup(t, "Trains were cancelled. “Safety has to come first,” a spokesman said. Mike Pound spoke. Pound agreed.")
	safety := span("Safety", Person)
	pence := mentionFrom(a, "Pound", strings.Index(a.Text, "Pound agreed"), Person)
	require.Equal(t, article.NN, a.Tokens[safety.Tokens.First].Tag, "the test needs the tagger's common noun")
	safety.Confidence, pence.Confidence = 0.43, 0.43
	got := refine(a, p, g, []Mention{safety, span("Mike Pound", Person), pence})
	var texts []string
	for _, m := range got {
		texts = append(texts, m.Text(a))
	}
	assert.Equal(t, []string{"Mike Pound", "Pound"}, texts)
}

// TestCompanyShortNameAlone: a company's name before a word that ends
// companies' names (Skylane Holdings) is the company where the article
// writes it alone; the firm analysts work at is a company (Analysts at
// Berenberg), whatever the model read.
func TestCompanyShortNameAlone(t *testing.T) {
	a, p, g, span := joinSetup(t, "Shares in Skylane Holdings fell. Analysts at Berenberg cut their target. Skylane flies to 140 destinations.")
	labels := refinedLabels(a, p, g, span("Skylane Holdings", Org), span("Berenberg", GPE))
	assert.Equal(t, []string{"Skylane Holdings/ORG", "Berenberg/ORG", "Skylane/ORG"}, labels)
}

// TestCompanyWordsBuilders: a name ending in a word of a trade's companies
// (Builders, Construction, Publishing) is a company, whatever the model
// read.
func TestCompanyWordsBuilders(t *testing.T) {
	a, p, g, span := joinSetup(t, "He steered three contracts to Lakeview Builders. Harwood Construction and Grand Lane Publishing bid too.")
	labels := refinedLabels(a, p, g, span("Lakeview Builders", GPE), span("Harwood Construction", Person), span("Grand Lane Publishing", GPE))
	assert.Equal(t, []string{"Lakeview Builders/ORG", "Harwood Construction/ORG", "Grand Lane Publishing/ORG"}, labels)
}

// TestPossessiveNames: a building's or a body's name with a possessive
// inside (a saint's, or King's, Children's, Women's) is one mention,
// whatever the model read in it; not in a headline, and not a person's
// possessive before a body (Ann Lee's Foundation).
func TestPossessiveNames(t *testing.T) {
	text := "Report\n\nShe trained at St Thomas' Hospital and at St Mary's Hospital, then taught at King's College London. The service at St Paul's Cathedral was moving. She joined the Democratic Women's Club of Florida. Boston Children's Hospital said no. Ann Lee's Foundation gave money. Patients at Leeds General Infirmary waited."
	_, _, labels, _ := found(t, text)
	assert.Equal(t, Fac, labels["St Thomas' Hospital"])
	assert.Equal(t, Fac, labels["St Mary's Hospital"])
	assert.Equal(t, Org, labels["King's College London"])
	assert.Equal(t, Fac, labels["St Paul's Cathedral"])
	assert.Equal(t, Org, labels["Democratic Women's Club of Florida"])
	assert.Equal(t, Fac, labels["Boston Children's Hospital"])
	assert.NotContains(t, labels, "Ann Lee's Foundation")
	assert.Equal(t, Fac, labels["Leeds General Infirmary"]) // (a facility's word, Infirmary, with no possessive)

	a, p, g, _ := joinSetup(t, "St Mary's Hospital Reopens\n\nIt reopened.")
	assert.Empty(t, possessiveNames(a, p, g, nil))
}

// TestLeftOutRiversAndAppositions: a geographic word before one name the
// model left out is a place (the River Severn, The River Wye, Mont
// Blanc), and so is one the model read as a person (Lake Windermere); not
// inside a longer capitalized run (the Sacramento River Cats). Two
// capitalized words the model left out, set off before a description with
// a job in lower case, are a person (Karoline Lumley, the White House
// press secretary; Giles Bristock, its chief executive), and one such word
// before a company's noun a body (Ofwat, the water regulator; Medivox, a
// start-up backed by …); not before a description with neither.
func TestLeftOutRiversAndAppositions(t *testing.T) {
	text := "Report\n\nHomes flooded as the River Severn rose. The River Wye also flooded. The Sacramento River Cats won.\n\nKaroline Lumley, the White House press secretary, said no. Tarrow Vale, the old market town, is quiet.\n\n“It leaks,” said Giles Bristock, its chief executive. Ofwat, the water regulator, agreed. Climbers died on Mont Blanc. Medivox, a start-up backed by investors, said so."
	a, p, g, _ := joinSetup(t, text)
	got := refinedLabels(a, p, g)
	assert.Contains(t, got, "Mont Blanc/LOC")
	assert.Contains(t, got, "Medivox/ORG")
	assert.Contains(t, got, "River Severn/LOC")
	assert.Contains(t, got, "River Wye/LOC")
	assert.Contains(t, got, "Karoline Lumley/PERSON")
	assert.NotContains(t, got, "River Cats/LOC")
	assert.NotContains(t, got, "Tarrow Vale/PERSON")
	assert.Contains(t, got, "Giles Bristock/PERSON")
	assert.Contains(t, got, "Ofwat/ORG")
	labels := refinedLabels(a, p, g, mentionFrom(a, "River Wye", strings.Index(text, "River Wye"), Person))
	assert.Contains(t, labels, "River Wye/LOC")
	assert.NotContains(t, labels, "River Wye/PERSON")
}

// TestNationalityCompany: a nationality and a one-word body right after it
// whose word ends companies' names are one company (British Airways); a
// party's adjective before a legislature stays apart (a Democratic
// Congress). A passenger or a resident named with the word as a title
// keeps it as the title, out of the name.
func TestNationalityCompany(t *testing.T) {
	a, p, g, span := joinSetup(t, "British Airways apologised to a Democratic Congress.")
	got := labelled(a, joinGroups(a, p, g, []Mention{span("British", NORP), span("Airways", Org), span("Democratic", NORP), span("Congress", Org)}))
	assert.Equal(t, []string{"British Airways/ORG", "Democratic/NORP", "Congress/ORG"}, got)

	_, r, _, _ := found(t, "Report\n\nPassenger Alan Reeve, 58, said nobody had told them. Resident Maya Holt agreed. Guitarist Sam Ade left.")
	titles := clusterTitles(r)
	assert.Equal(t, "Passenger", titles["Alan Reeve"])
	assert.Equal(t, "Resident", titles["Maya Holt"])
	assert.Equal(t, "Guitarist", titles["Sam Ade"])
}

// TestJournalNames: a name a journal, magazine or website is called by is
// a body (the journal Nature Medicine, read as a person); Companies
// House, the registry, is one.
func TestJournalNames(t *testing.T) {
	_, _, labels, _ := found(t, "Report\n\nWriting in the journal Nature Medicine, the authors said levels had risen. Its accounts at Companies House show a loss.")
	assert.Equal(t, Org, labels["Nature Medicine"])
	assert.Equal(t, Org, labels["Companies House"])
}

// TestBodyAppositive: capitalized words the model left out, set off by
// commas after a noun a body is called by, are that body (the regulator,
// Ofroad,); not without a determiner before the noun.
func TestBodyAppositive(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Sources at the regulator, Ofroad, said so.")
	assert.Equal(t, []string{"Ofroad/ORG"}, refinedLabels(a, p, g))
	a, p, g, _ = joinSetup(t, "Regulator, Ofroad, is wrong.")
	assert.Empty(t, refinedLabels(a, p, g))
	// after the noun with no comma, before punctuation or a relative
	// pronoun: not a weekday, nor the subject of a relative clause
	a, p, g, _ = joinSetup(t, "She co-founded the charity Second Chance, which grew. He told the newspaper Wednesday it was over. It joined the network Darrow has financed.")
	labels := refinedLabels(a, p, g)
	assert.Contains(t, labels, "Second Chance/ORG")
	assert.NotContains(t, labels, "Wednesday/ORG")
	assert.NotContains(t, labels, "Darrow/ORG")
}

// TestCompanyWordPersonIsBody: a person reading ending in a word that
// ends companies' names is the company (Pendle Estates), unless it opens
// with a given name (Ann Homes).
func TestCompanyWordPersonIsBody(t *testing.T) {
	a, p, g, span := joinSetup(t, "The owner, Pendle Estates, said the block was safe, and Ann Homes agreed.")
	labels := refinedLabels(a, p, g, span("Pendle Estates", Person), span("Ann Homes", Person))
	assert.Equal(t, []string{"Pendle Estates/ORG", "Ann Homes/PERSON"}, labels)
}

// TestRoadNumbers: a road's number is a facility, whatever the model read
// (the M62, the A1(M), I-95); a title without its stop is cut from the
// name (Sgt Lisa Hart).
func TestRoadNumbers(t *testing.T) {
	a, p, g, span := joinSetup(t, "A crash closed the M62 and I-95 on Sunday, said Sgt Lisa Hart of the A-Team.")
	labels := refinedLabels(a, p, g, span("M62", GPE), span("I-95", Org), span("Sgt Lisa Hart", Person))
	assert.Equal(t, []string{"M62/FAC", "I-95/FAC", "Lisa Hart/PERSON"}, labels)
	for _, w := range []string{"M62", "A1", "B1234", "A1(M)", "I-95"} {
		assert.True(t, roadNumber(w), w)
	}
	for _, w := range []string{"M", "A0", "MP3", "B52s", "A12345", "Amy"} {
		assert.False(t, roadNumber(w), w)
	}
}

// TestJobTitles: a job written before a name as a title is cut from the
// person's name (Prosecutor David Imrie), and so is an abbreviated title
// (Cllr, Prof); a mention of it alone is none.
func TestJobTitles(t *testing.T) {
	a, p, g, span := joinSetup(t, "Prosecutor David Imrie spoke, and Striker Kofi Mensah scored. The Prosecutor left. Cllr Helen Marsh objected. Headteacher Sarah Lind agreed. Pensioner Brian Holt, 74, would manage. Student Leah Moran, 19, missed lectures. PC Dan Ash drove.")
	labels := refinedLabels(a, p, g, span("Prosecutor David Imrie", Person), span("Striker Kofi Mensah", Person), span("Prosecutor left", Person), span("Cllr Helen Marsh", Person),
		span("Headteacher Sarah Lind", Person), span("Pensioner Brian Holt", Person), span("Student Leah Moran", Person), span("PC Dan Ash", Person))
	assert.Equal(t, []string{"David Imrie/PERSON", "Kofi Mensah/PERSON", "Helen Marsh/PERSON", "Sarah Lind/PERSON", "Brian Holt/PERSON", "Leah Moran/PERSON", "Dan Ash/PERSON"}, labels)

	// a title written without its stop, as British papers do, is kept
	// as the title after a job set off before it
	_, r, _, _ := found(t, "Surgeons\n\nIts president, Prof Tom Rigby, said theatres were idle. Capt Ann Lowe agreed.")
	titles := clusterTitles(r)
	assert.Equal(t, "Prof", titles["Tom Rigby"])
	assert.Equal(t, "Capt", titles["Ann Lowe"])
}

// TestBranchesAndRivers: a one-word body the lists know and a place is
// the body's branch (NHS England), and a river or lake named first by its
// word a place that is no town (the River Aske); Cape Town stays a town.
func TestBranchesAndRivers(t *testing.T) {
	a, p, g, span := joinSetup(t, "NHS England met by the River Aske and Lake Tana in Cape Town.")
	labels := refinedLabels(a, p, g, span("NHS England", GPE), span("River Aske", GPE), span("Lake Tana", GPE), span("Cape Town", GPE))
	assert.Equal(t, []string{"NHS England/ORG", "River Aske/LOC", "Lake Tana/LOC", "Cape Town/GPE"}, labels)
}

// TestPossessedHeads: a body's or facility's head word (or two words
// ending in one) after a capitalized possessor is one name with it, with
// "St" before it; not after a place the lists know, a person the model
// read, a weekday, or a person's surname the article gives.
func TestPossessedHeads(t *testing.T) {
	a, p, g, span := joinSetup(t, "She was treated at St Columba's Hospital, then St Mary's Hospital. Britain's Parliament met.")
	labels := refinedLabels(a, p, g, span("Columba", Person), span("Hospital", Org), span("Mary's Hospital", Fac), span("Britain", GPE), span("Parliament", Org))
	assert.Equal(t, []string{"St Columba's Hospital/FAC", "St Mary's Hospital/FAC", "Britain/GPE", "Parliament/ORG"}, labels)
	// a saint's name ending in s and a bare mark, a saint read as a
	// person; two words ending in a head word after the possessor; not
	// a person's possession, a weekday's, or a surname the article gives
	a, p, g, span = joinSetup(t, "She trained at St Thomas' Hospital and King's College Hospital. Obiora's State Department and Monday's Supreme Court ruling angered Bernie Sandell. Sandell' Senate bid failed.")
	senate := mentionFrom(a, "Senate", strings.Index(a.Text, "Senate bid"), Org)
	labels = refinedLabels(a, p, g, span("St Thomas", Person), span("Hospital", Org), span("College Hospital", Fac), span("Obiora", Person), span("State Department", Org),
		span("Supreme Court", Org), span("Bernie Sandell", Person), senate)
	assert.Equal(t, []string{"St Thomas' Hospital/FAC", "King's College Hospital/FAC", "Obiora/PERSON", "State Department/ORG", "Supreme Court/ORG", "Bernie Sandell/PERSON", "Sandell/PERSON", "Senate/ORG"}, labels)
}

func TestJoinAmpersands(t *testing.T) {
	a, p, g, span := joinSetup(t, "The Center for Missing & Exploited Children, Ernst & Young, Smith & Wesson and Trinidad & Tobago met. "+
		"Hale & Co sold. Jenny Seaton & Gary Shane, New & Selected Poems, Kestrel Trust & Ward Institute, Ann Gray & Lodestar. Jim & Sarah came. Ann & I went.")
	// The model ended a name at the "&", read people on both sides, left
	// one side out, or read two places; then two people, no mention, two
	// bodies.
	ms := []Mention{span("Center for Missing", Org), span("Ernst", Person), span("Young", Person),
		span("Wesson", Person), span("Trinidad", GPE), span("Tobago", GPE), span("Hale & Co", Person),
		span("Jenny Seaton", Person), span("Gary Shane", Person), span("Kestrel Trust", Org), span("Ann Gray", Person), span("Sarah", Person), span("Ann", Person)}
	texts := labelled(a, joinAmpersands(a, p, g, ms))
	assert.Equal(t, []string{"Center for Missing & Exploited Children/ORG", "Ernst & Young/ORG", "Smith & Wesson/ORG",
		"Trinidad/GPE", "Tobago/GPE", "Hale & Co/ORG", "Jenny Seaton/PERSON", "Gary Shane/PERSON", "Kestrel Trust/ORG", "Ann Gray/PERSON", "Sarah/PERSON", "Ann/PERSON"}, texts)
}

func TestCompanyNamesLikePeople(t *testing.T) {
	a, err := article.Parse("Eli Lilly said on Monday that prices would fall. Network Rail said the line would close. Procter & Gamble agreed.")
	require.NoError(t, err)
	r := Recognize(a)
	got := map[string]Label{}
	for _, m := range r.Mentions {
		got[m.Text(a)] = m.Label
	}
	assert.Equal(t, map[string]Label{"Eli Lilly": Org, "Network Rail": Org, "Procter & Gamble": Org}, got)
}

// mentionOf is the mention of label l over the first occurrence of words
// in a's text, with its tokens.
func mentionOf(a *article.Article, words string, l Label) Mention {
	return mentionFrom(a, words, 0, l)
}

func TestOneLabelPerName(t *testing.T) {
	a, err := article.Parse("Harrow won. Harrow lost. HARROW drew. Lee ran.", article.WithTagging(false))
	require.NoError(t, err)
	span := func(w string, from int) article.Span {
		i := strings.Index(a.Text[from:], w) + from
		return article.Span{Start: i, End: i + len(w)}
	}
	ms := []Mention{
		{Span: span("Harrow", 0), Label: Org},
		{Span: span("Harrow", 5), Label: GPE},
		{Span: span("HARROW", 0), Label: Org},
		{Span: span("Lee", 0), Label: Person},
	}
	oneLabelPerName(a, loadGazetteer(), ms)
	for i, want := range []Label{Org, Org, Org, Person} {
		assert.Equal(t, want, ms[i].Label, "mention %d", i)
	}
	// a tie keeps each mention's own label
	ms[0].Label, ms[1].Label = Org, GPE
	oneLabelPerName(a, loadGazetteer(), ms[:2])
	assert.Equal(t, Org, ms[0].Label)
	assert.Equal(t, GPE, ms[1].Label)
}

func TestJoinPlaceAndBody(t *testing.T) {
	a, err := article.Parse("The bill passed after the Canada Parliament met in Ottawa.")
	require.NoError(t, err)
	g := loadGazetteer()
	p := prepare(a, g, nil)
	at := func(w string) Mention {
		i := strings.Index(a.Text, w)
		for k, tk := range a.Tokens {
			if tk.Start == i {
				return Mention{Span: tk.Span, Tokens: article.Range{First: k, Last: k + 1}, Label: GPE}
			}
		}
		t.Fatalf("no token at %q", w)
		return Mention{}
	}
	ms := joinHeads(a, p, g, []Mention{at("Canada"), at("Ottawa")})
	require.Len(t, ms, 2)
	assert.Equal(t, "Canada Parliament", ms[0].Text(a))
	assert.Equal(t, Org, ms[0].Label)
	assert.Equal(t, "Ottawa", ms[1].Text(a))
	assert.Equal(t, GPE, ms[1].Label)
}

// TestConfidenceFloor: names the model is unsure of (a company or a town
// after "complained to" or "a study from") are left out, while the sure
// ones in the same sentences stay.
func TestConfidenceFloor(t *testing.T) {
	for _, c := range []struct{ text, sure string }{
		{"Customers of Bright Lantern complained to Fairhaven.", "Bright Lantern"},
		{"A study from Halbrook found no link, Professor Maria Olsen said.", "Maria Olsen"},
	} {
		a, err := article.Parse(c.text)
		require.NoError(t, err)
		r := Recognize(a)
		checkResult(t, a, r)
		var names []string
		for _, m := range r.Mentions {
			names = append(names, m.Text(a))
			assert.GreaterOrEqual(t, m.Confidence, 0.35, "%q in %q", m.Text(a), c.text)
		}
		assert.Contains(t, names, c.sure, c.text)
	}
}

// TestCompanyNames: a name an appositive calls a company (after it or
// before it) or whose shares are traded is an organization wherever the
// article writes it; not a person's name after a noun people are called
// too, not the subject of a relative clause, not a place the lists know.
func TestCompanyNames(t *testing.T) {
	each := func(a *article.Article, name string, l Label) []Mention {
		var ms []Mention
		for off := 0; ; {
			i := strings.Index(a.Text[off:], name)
			if i < 0 {
				return ms
			}
			m := mentionOf(a, name, l)
			m.Start, m.End = off+i, off+i+len(name)
			for k, tk := range a.Tokens {
				if tk.Start == m.Start {
					m.Tokens.First = k
				}
				if tk.End == m.End {
					m.Tokens.Last = k + 1
				}
			}
			ms = append(ms, m)
			off += i + len(name)
		}
	}
	labels := func(ms []Mention) []Label {
		var out []Label
		for _, m := range ms {
			out = append(out, m.Label)
		}
		return out
	}
	for _, c := range []struct {
		text, name string
		read, want Label
	}{
		{"Lumora, the software maker, said it would cut jobs. Lumora declined to comment.", "Lumora", GPE, Org},
		{"Orsk said profits fell. The chipmaker Orsk is based in Leeds.", "Orsk", Person, Org},
		{"Shares in Kelvane rose. Kelvane gained.", "Kelvane", GPE, Org},
		{"Varn, a privately held lender, said loans grew.", "Varn", Loc, Org},
		{"Tom Ashe, the head of the company, said no.", "Tom Ashe", Person, Person},
		{"Carmaker Lee Dunn spoke. Lee Dunn left.", "Lee Dunn", Person, Person},
		{"He joined a network Tarvia has financed. Tarvia denies it.", "Tarvia", GPE, GPE},
		{"Jordan, the bank's owner, said so.", "Jordan", Person, Person},
		{"Russia, the company said, was a market.", "Russia", GPE, GPE},
		{"Its parent company, Lumvar, said profits fell.", "Lumvar", GPE, Org},
		{"The app Dashly said riders were self-employed.", "Dashly", Person, Org},
		{"One firm Tarvia owns is this.", "Tarvia", Person, Person},
		{"Drivers for the delivery app Dashly are workers, the judge ruled.", "Dashly", Person, Org},
		{"One firm Tarvia was part of closed.", "Tarvia", Person, Person},
		{"He sued the advocacy group Judicial Truth on Monday.", "Judicial Truth", Person, Org},
		{"The plan was backed by the firm, Tom Ashe said.", "Tom Ashe", Person, Person},
		{"Energy supplier Brightwave has been fined. Brightwave said sorry.", "Brightwave", Person, Org},
		{"The developer Arthur Cohen spoke. Games developer Jordan spoke.", "Jordan", Person, Person},
	} {
		a, p, g, _ := joinSetup(t, c.text)
		ms := each(a, c.name, c.read)
		require.NotEmpty(t, ms, c.text)
		companyNames(a, p, g, ms)
		for _, l := range labels(ms) {
			assert.Equal(t, c.want, l, c.text)
		}
	}
}

// TestStormsAndSettlements: a storm's name is no entity; a name after
// "the village of" is a place whatever the model read; a name read as a
// place that ends in a company's word is a company; Forecaster is a
// title.
func TestStormsAndSettlements(t *testing.T) {
	a, p, g, span := joinSetup(t, "Storm Ilsa hit the village of Lowther Bridge, and Northern Grid cut power. Forecaster Jim Bell spoke to the mayor of Carrow.")
	labels := refinedLabels(a, p, g, span("Storm Ilsa", Person), span("Lowther Bridge", Fac), span("Northern Grid", GPE), span("Forecaster Jim Bell", Person), span("Carrow", Person))
	assert.Equal(t, []string{"Lowther Bridge/GPE", "Northern Grid/ORG", "Jim Bell/PERSON", "Carrow/GPE"}, labels)
}

// TestBylineJobs: a job after a byline's name is no one's name and no
// body's either, whatever the model read it as; a body ending in such a
// word outside a byline stays (the Census Bureau).
func TestBylineJobs(t *testing.T) {
	a, p, g, span := joinSetup(t, "Fines rise\n\nBy Lena Ward, Court Reporter\n\nThe Census Bureau said fines rose.")
	ms := []Mention{span("Lena Ward", Person), span("Court Reporter", Org), span("Census Bureau", Org)}
	ms[1].Paragraph, ms[0].Paragraph, ms[2].Paragraph = 1, 1, 2
	assert.Equal(t, []string{"Lena Ward/PERSON", "Census Bureau/ORG"}, refinedLabels(a, p, g, ms...))
}

// TestHyphenatedGivenNames: two given names joined by a hyphen open a
// person's name the model left out (Anne-Marie Duval); alone, before a
// common noun, they are no one (the Lincoln-Douglas debates).
func TestHyphenatedGivenNames(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Its chief executive, Anne-Marie Duval, spoke after the Lincoln-Douglas debates.")
	assert.Equal(t, []string{"Anne-Marie Duval/PERSON"}, refinedLabels(a, p, g))
}

// TestCompleteNames: a mention that is the end of a longer name the
// article writes out before it is that name, with its label; not a
// nationality or group, not over another mention, and not a name that
// opens with "The".
func TestCompleteNames(t *testing.T) {
	text := "Judicial Truth sued. The pending Judicial Truth case grew. The Daily Post ran it; Daily Post staff left. Reagan Democrats voted, and young Reagan Democrats too."
	a, _, _, span := joinSetup(t, text)
	whole := span("Judicial Truth", Org)
	part := mentionOf(a, "Truth case", Person)
	part.Tokens.Last--
	part.End = part.Start + len("Truth")
	post := span("The Daily Post", Org)
	post2 := mentionOf(a, "Post staff", Org)
	post2.Tokens.Last--
	post2.End = post2.Start + len("Post")
	group := span("Reagan Democrats", Org)
	norp := mentionOf(a, "Democrats too", NORP)
	norp.Tokens.Last--
	norp.End = norp.Start + len("Democrats")
	ms := []Mention{whole, part, post, post2, group, norp}
	completeNames(a, ms)
	got := labelled(a, ms)
	assert.Equal(t, []string{"Judicial Truth/ORG", "Judicial Truth/ORG", "The Daily Post/ORG", "Post/ORG", "Reagan Democrats/ORG", "Democrats/NORP"}, got)
}

// TestSettlementNames: one or two capitalized words the model left out
// after "the town of" or "the village of" are a place; not a common noun
// (the town of their birth).
func TestSettlementNames(t *testing.T) {
	a, p, g, _ := joinSetup(t, "The quake hit the town of Karlova and the village of Thionk Essil, the town of their birth.")
	assert.Equal(t, []string{"Karlova/GPE", "Thionk Essil/GPE"}, refinedLabels(a, p, g))
}

// TestKinNames: one or two capitalized words the model left out after a
// possessive and a word of kinship are a person; not a day after one.
func TestKinNames(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Her nephew, Calum, visits. His son Toby Grant left, and Lee's wife, Orla, stayed. She defended her father Tuesday.")
	assert.Equal(t, []string{"Calum/PERSON", "Toby Grant/PERSON", "Lee/PERSON", "Orla/PERSON"}, refinedLabels(a, p, g))
}

// mentionFrom is mentionOf for the first mention of words at or after
// byte from.
func mentionFrom(a *article.Article, words string, from int, l Label) Mention {
	start := strings.Index(a.Text[from:], words) + from
	m := Mention{Span: article.Span{Start: start, End: start + len(words)}, Label: l}
	for i, tk := range a.Tokens {
		if tk.Start == m.Start {
			m.Tokens.First = i
		}
		if tk.End == m.End {
			m.Tokens.Last = i + 1
		}
	}
	return m
}

// TestSurnameThatIsAPlace: a place's name that is the surname of a person
// the article named, where the model reads the person, stays the person
// and joins them; after a verb or a preposition of place it is the
// place, in a cluster of its own, and the two readings do not outvote
// each other.
func TestSurnameThatIsAPlace(t *testing.T) {
	text := "Dana Paris, a former member, spoke out.\n\nParis said she was held on a ship. Paris's father agreed.\n\nShe later visited Paris."
	a, p, g, _ := joinSetup(t, text)
	var ms []Mention
	from := 0
	for _, w := range []string{"Dana Paris", "Paris", "Paris", "Paris"} {
		m := mentionFrom(a, w, from, Person)
		m.Paragraph = a.Sentences[a.SentenceOf(m.Tokens.First)].Paragraph
		from = m.End
		ms = append(ms, m)
	}
	r := &Result{Mentions: refine(a, p, g, ms)}
	r.cluster(a, p, g)
	require.Len(t, r.Mentions, 4)
	for i, want := range []Label{Person, Person, Person, GPE} {
		assert.Equal(t, want, r.Mentions[i].Label, "mention %d", i)
	}
	assert.Equal(t, r.Mentions[0].Cluster, r.Mentions[1].Cluster)
	assert.Equal(t, r.Mentions[0].Cluster, r.Mentions[2].Cluster)
	assert.NotEqual(t, r.Mentions[0].Cluster, r.Mentions[3].Cluster)
	assert.Equal(t, "Paris", r.Clusters[r.Mentions[3].Cluster].Name)
	// With no person of that surname, Paris is the city.
	a, p, g, span := joinSetup(t, "Paris said it would host the talks.")
	got := refine(a, p, g, []Mention{span("Paris", Person)})
	require.Len(t, got, 1)
	assert.Equal(t, GPE, got[0].Label)
}

// TestChurchBodies: a church as a body (a religious group's, or "Church of"
// a name) is an organization; a church named for a saint, or "of the", is
// a building.
func TestChurchBodies(t *testing.T) {
	text := "The Catholic Church, the Greek Orthodox Church, the Church of England, Calvary Church of Harlow, St Mary's Church and the Church of the Holy Cross were named."
	a, p, g, span := joinSetup(t, text)
	got := refine(a, p, g, []Mention{span("Catholic Church", Fac), span("Greek Orthodox Church", Fac), span("Church of England", Fac),
		span("Calvary Church of Harlow", Fac), span("St Mary's Church", Org), span("Church of the Holy Cross", Org)})
	var labels []Label
	for _, m := range got {
		labels = append(labels, m.Label)
	}
	assert.Equal(t, []Label{Org, Org, Org, Org, Fac, Fac}, labels)
}

// TestTeams: in a match report, places that play each other are teams,
// wherever the report names them but after a preposition of place; a
// city the match is played in stays a place; outside a sports report,
// places that beat each other stay places.
func TestTeams(t *testing.T) {
	text := "Norway beat Denmark 2-1 in Oslo. Denmark's striker scored the first goal, Norway's captain a penalty before half-time. Fans who came from Denmark left the stadium quietly."
	a, p, g, span := joinSetup(t, text)
	second := strings.Index(text, "Denmark's")
	ms := []Mention{span("Norway", GPE), span("Denmark", GPE), span("Oslo", GPE), mentionFrom(a, "Denmark", second, GPE),
		mentionFrom(a, "Norway", second, GPE), mentionFrom(a, "Denmark", strings.Index(text, "from"), GPE)}
	teams(a, p, g, ms)
	var labels []Label
	for _, m := range ms {
		labels = append(labels, m.Label)
	}
	assert.Equal(t, []Label{Org, Org, GPE, Org, Org, GPE}, labels)

	// One place alone between a word of a match and a score: the other
	// side no place (a club the model left out).
	text = "Harton came from behind to beat Leeds 2-1. Leeds had led at half-time through a penalty, and the second goal came late. Fans who came from Leeds left quietly."
	a, p, g, span = joinSetup(t, text)
	ms = []Mention{span("Leeds", GPE), mentionFrom(a, "Leeds", strings.Index(text, "Leeds had"), GPE), mentionFrom(a, "Leeds", strings.Index(text, "from Leeds")+5, GPE)}
	teams(a, p, g, ms)
	assert.Equal(t, []Label{Org, Org, GPE}, []Label{ms[0].Label, ms[1].Label, ms[2].Label})
	_, _, labels2, _ := found(t, "Arsenal come from behind\n\nMikel Arteta praised his side after they came from behind to beat Newcastle 2-1. Newcastle had led at half-time through a penalty, and the second goal came late.")
	assert.Equal(t, Org, labels2["Newcastle"])

	// A place's name opening a clause with a plural verb after it, in a
	// sports report: a team (not one inside a phrase: the executives
	// running corporate Leeds are …).
	text = "Rovers want the striker, who scored 19 goals, for their squad. Porto are reluctant to sell, and the league is over. The executives running corporate Leeds are rich."
	a, p, g, span = joinSetup(t, text)
	ms = []Mention{span("Porto", GPE), span("Leeds", GPE)}
	teams(a, p, g, ms)
	assert.Equal(t, []Label{Org, GPE}, []Label{ms[0].Label, ms[1].Label})

	a, p, g, span = joinSetup(t, "Norway beat Denmark in the vote on fishing quotas.")
	ms = []Mention{span("Norway", GPE), span("Denmark", GPE)}
	teams(a, p, g, ms)
	assert.Equal(t, GPE, ms[0].Label)
	assert.Equal(t, GPE, ms[1].Label)
}

// TestGivenNameBeforeUnsureName: a given name right before one unknown
// word the model gave no person, unsure, is the person's first name
// (Christian, also a group's word, left out); a sure reading, or a word a
// list knows, stays.
func TestGivenNameBeforeUnsureName(t *testing.T) {
	a, p, g, span := joinSetup(t, "Christian Varosi, a former mayor, said the city was safe. Christian Brazil fans cheered.")
	unsure := span("Varosi", Org)
	unsure.Confidence = 0.38
	country := span("Brazil", GPE)
	country.Confidence = 0.4
	got := refine(a, p, g, []Mention{unsure, country})
	require.NotEmpty(t, got)
	assert.Equal(t, "Christian Varosi", got[0].Text(a))
	assert.Equal(t, Person, got[0].Label)
	for _, m := range got[1:] {
		assert.NotEqual(t, "Christian Brazil", m.Text(a))
	}
	sure := span("Varosi", Org)
	sure.Confidence = 0.9
	got = refine(a, p, g, []Mention{sure})
	texts := map[string]Label{}
	for _, m := range got {
		texts[m.Text(a)] = m.Label
	}
	assert.Equal(t, Org, texts["Varosi"])
	assert.NotContains(t, texts, "Christian Varosi")
}

// TestNationBodies: a nation's name read alone as a place, after
// capitalized nouns the model left out, ends a body's name (Water UK,
// Sport England); not after a compass point (North Wales), nor after a
// determiner (the UK).
func TestNationBodies(t *testing.T) {
	a, p, g, span := joinSetup(t, "Water UK said bills would rise, and Sport England agreed. Storms hit North Wales and the UK.")
	wales := span("Wales", GPE)
	uk := mentionFrom(a, "UK", strings.Index(a.Text, "the UK"), GPE)
	labels := refinedLabels(a, p, g, span("UK", GPE), span("England", GPE), wales, uk)
	assert.Equal(t, []string{"Water UK/ORG", "Sport England/ORG", "Wales/GPE", "UK/GPE"}, labels)
}

// TestPluralOwner: a plural's possessive and the capitalized words
// before it open the name of the body after it (the National Farmers'
// Union); not a party's or a group's (the Democrats' Senate campaign
// arm), nor a person's surname (Sandell' Senate bid).
func TestPluralOwner(t *testing.T) {
	a, p, g, span := joinSetup(t, "The National Farmers' Union said yields would fall. The Democrats' Senate arm agreed. Ann Sandell spoke. Sandell' Senate bid failed.")
	senate := mentionFrom(a, "Senate", strings.Index(a.Text, "Sandell' Senate"), Org)
	sanders := mentionFrom(a, "Sandell", strings.Index(a.Text, "Sandell' Senate"), Person)
	labels := refinedLabels(a, p, g, span("Union", Org), span("Democrats", NORP), span("Senate", Org), span("Ann Sandell", Person), sanders, senate)
	assert.Equal(t, []string{"National Farmers' Union/ORG", "Democrats/NORP", "Senate/ORG", "Ann Sandell/PERSON", "Sandell/PERSON", "Senate/ORG"}, labels)
	a, p, g, span = joinSetup(t, "Ann Sandell spoke. Then Sandell' Senate bid failed.")
	senate = mentionFrom(a, "Senate", 0, Org)
	labels = refinedLabels(a, p, g, span("Ann Sandell", Person), senate)
	assert.Equal(t, []string{"Ann Sandell/PERSON", "Sandell/PERSON", "Senate/ORG"}, labels, "a surname the model left out")
}

// TestClubShortName: a club's word alone, which the model read as a
// person, is the club the article named with it (Harton Rovers, then
// Rovers), and joins its cluster; so is a company's word, but not where
// a person's name ends in the word too (Ann Homes beside Pendle Homes).
func TestClubShortName(t *testing.T) {
	a, p, g, span := joinSetup(t, "Harton Rovers won on Saturday. Rovers, who were promoted, play next week.")
	rovers := mentionFrom(a, "Rovers", strings.Index(a.Text, "Rovers,"), Person)
	rovers.Confidence = 0.9
	assert.Equal(t, []string{"Harton Rovers/ORG", "Rovers/ORG"}, refinedLabels(a, p, g, span("Harton Rovers", Org), rovers))
	a, p, g, span = joinSetup(t, "Pendle Homes built it, and Ann Homes bought it. Later Homes, who is 40, sold it.")
	homes := mentionFrom(a, "Homes", strings.Index(a.Text, "Homes,"), Person)
	homes.Confidence = 0.9
	assert.Equal(t, []string{"Pendle Homes/ORG", "Ann Homes/PERSON", "Homes/PERSON"}, refinedLabels(a, p, g, span("Pendle Homes", Org), span("Ann Homes", Person), homes))
	_, r, _, names := found(t, "Harton Rovers won on Saturday. Rovers, who were promoted in May, play Millford next week.")
	require.NotEmpty(t, r.Mentions)
	assert.Equal(t, "Harton Rovers", names["Rovers"])
}

// TestWaterCompanies: water and energy suppliers are companies, as their
// names end (Southern Water, Octopus Energy), and English counties are
// places (Kent and Sussex); not a song's title in title case.
func TestWaterCompanies(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Bans start in Sussex on Friday, Southern Water said. Octopus Energy agreed. She sang Bridge Over Troubled Water.")
	labels := refinedLabels(a, p, g)
	assert.Equal(t, []string{"Sussex/GPE", "Southern Water/ORG", "Octopus Energy/ORG"}, labels)
}

// TestCreditNames: a photo credit's names beside a slash are tagged,
// marked as credits: the agency (PA), a person of two or three words; not
// the words of a credit that name no one (Pool).
func TestCreditNames(t *testing.T) {
	a, r, labels, _ := found(t, "A fallen tree blocks a road in Durham. Photograph: Mark Pinder/PA\n\nCrowds gathered outside. (Tass/Pool via Agence France-Presse)")
	assert.Equal(t, Org, labels["PA"])
	assert.Equal(t, Person, labels["Mark Pinder"])
	assert.Equal(t, Org, labels["Tass"])
	assert.Equal(t, None, labels["Pool"])
	for _, m := range r.Mentions {
		if m.Text(a) == "PA" {
			assert.True(t, m.Credit)
		}
	}
}

// TestJobTitleName: one or two capitalized words the model left out after
// a job written as a title, or an office in lower case, are a person
// (Chief economist Rain Hollis-Ward, spokeswoman Lu Ping), not in a
// title-case headline (Campaign Manager Laughs).
func TestJobTitleName(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Chief economist Rain Hollis-Ward added that firms would wait.")
	assert.Equal(t, []string{"Rain Hollis-Ward/PERSON"}, refinedLabels(a, p, g))
	// an office in lower case too; not a single letter (speaker G), nor
	// a title after it (director General Sulayem)
	a, p, g, _ = joinSetup(t, "The ministry's spokeswoman Lu Ping said so. Then speaker G spoke.")
	labels := refinedLabels(a, p, g)
	assert.Contains(t, labels, "Lu Ping/PERSON")
	assert.NotContains(t, labels, "G/PERSON")
	a, p, g, _ = joinSetup(t, "Carrow Campaign Manager Laughs, Evades Reporter's Question")
	assert.NotContains(t, refinedLabels(a, p, g), "Laughs/PERSON")
}

// TestCommonAcronyms: an acronym the article defines by a noun phrase in
// lower case is no body, wherever it stands (personal protective
// equipment (PPE)); a name that holds it, and one the article spells out
// with capitals, stay.
func TestCommonAcronyms(t *testing.T) {
	a, p, g, span := joinSetup(t, "Nurses said personal protective equipment (PPE) ran out. The PPE was late. Staff at the National Health Service (NHS) and PPE Supplies Ltd agreed.")
	late := mentionFrom(a, "PPE", strings.Index(a.Text, "PPE was"), Org)
	labels := refinedLabels(a, p, g, span("PPE", Org), late, span("National Health Service", Org), span("NHS", Org), span("PPE Supplies Ltd", Org))
	assert.Equal(t, []string{"National Health Service/ORG", "NHS/ORG", "PPE Supplies Ltd/ORG"}, labels)
	assert.True(t, acronymWord("SMOS"))
	assert.False(t, acronymWord("Smos"))
}

// TestNationalityBody: a nationality the model left out, then a body's
// head word or its plural and "of" with capitalized words, is one body
// (the British Chambers of Commerce); a plural alone is not (the Forces
// of Production).
func TestNationalityBody(t *testing.T) {
	a, p, g, _ := joinSetup(t, "The British Chambers of Commerce welcomed the cut. Marx wrote of the Forces of Production.")
	labels := refinedLabels(a, p, g)
	assert.Contains(t, labels, "British Chambers of Commerce/ORG")
	assert.NotContains(t, labels, "Forces of Production/ORG")
}

// TestPlaceSlot: one word the model read as a person, no given name nor
// the surname of a person the article names, is a place after "in" or
// joined to a place the lists know (a bakery in Saltash; London and
// Saltash); not before a possessive (in Shaw's Pygmalion), nor in a
// case's name (in Moran and Pyle). A facility's name goes on over "for"
// and capitalized words, not over an owner (Home Park for Plymouth
// Argyle's match).
func TestPlaceSlot(t *testing.T) {
	a, p, g, span := joinSetup(t, "She runs a bakery in Saltash. Trains from London and Penwithick stop. It was her run in Shaw's Pygmalion. That is set out in Moran and Pyle.")
	labels := refinedLabels(a, p, g, span("Saltash", Person), span("London", GPE), span("Penwithick", Person), span("Shaw", Person), span("Moran", Person), span("Pyle", Person))
	assert.Equal(t, []string{"Saltash/GPE", "London/GPE", "Penwithick/GPE", "Shaw/PERSON", "Moran/PERSON", "Pyle/PERSON"}, labels)
	a, p, g, span = joinSetup(t, "Fans travelling to Home Park for Plymouth Argyle's match should leave early.")
	assert.Equal(t, []string{"Home Park/FAC"}, refinedLabels(a, p, g, span("Home Park", Fac)))
}

// TestJobHolderNotBody: a name set off after "at the club" that follows a
// job is the job's holder, a person, not the club's name (his manager at
// the club, Rona Vell,); after the body's noun alone it is the body.
func TestJobHolderNotBody(t *testing.T) {
	_, _, labels, _ := found(t, "His former manager at the club, Roberto Vell, said so. The club, Northstar Vale, said so.")
	assert.Equal(t, Person, labels["Roberto Vell"], "%v", labels)
	assert.Equal(t, Org, labels["Northstar Vale"], "%v", labels)
}

// TestPostNominals: the letters of a rank, office or honour after a name
// are cut from it (Simon Keane KC, Jane Ross MP OBE), never a name's
// second word (Ann KC).
func TestPostNominals(t *testing.T) {
	a, p, g, span := joinSetup(t, "Simon Keane KC and Jane Ross MP OBE met Ann KC.")
	labels := refinedLabels(a, p, g, span("Simon Keane KC", Person), span("Jane Ross MP OBE", Person), span("Ann KC", Person))
	assert.Equal(t, []string{"Simon Keane/PERSON", "Jane Ross/PERSON", "Ann KC/PERSON"}, labels)
}

// TestBodyHeadsOf: a body's head the model does not read (Confederation),
// or a known one after a capitalized word (the International Federation
// of …), with "of" and capitalized words, is an organization the model
// left out, whole.
func TestBodyHeadsOf(t *testing.T) {
	a, p, g, _ := joinSetup(t, "The Confederation of Dutch Growers and the International Federation of Glass Makers met.")
	labels := refinedLabels(a, p, g)
	assert.Contains(t, labels, "Confederation of Dutch Growers/ORG")
	assert.Contains(t, labels, "International Federation of Glass Makers/ORG")
}

// TestTeamsUnknownNames: in a report with four or more words of sport,
// names read as places that no list knows are clubs (Corvallo, Dunmore
// City), unless a mention of them stands after a preposition of place or
// in an address; with three such words they stay places.
func TestTeamsUnknownNames(t *testing.T) {
	text := "The striker joined Corvallo after scoring 41 goals for the squad, and his coach praised him. He scored twice against Dunmore City. He grew up in Vellany. His father, 52, of Brack, Ontario, watched."
	a, p, g, span := joinSetup(t, text)
	ms := []Mention{span("Corvallo", GPE), span("Dunmore City", GPE), span("Vellany", GPE), span("Brack", GPE), span("Ontario", GPE)}
	teams(a, p, g, ms)
	var labels []Label
	for _, m := range ms {
		labels = append(labels, m.Label)
	}
	assert.Equal(t, []Label{Org, Org, GPE, GPE, GPE}, labels)

	a, p, g, span = joinSetup(t, "The striker joined Corvallo after scoring 41 goals for the squad.")
	ms = []Mention{span("Corvallo", GPE)}
	teams(a, p, g, ms)
	assert.Equal(t, GPE, ms[0].Label)

	// the play-offs, a hat-trick: words of a league's season count too
	a, p, g, span = joinSetup(t, "Corvallo won after a late goal, the referee gave a penalty, and they are on course for the play-offs.")
	ms = []Mention{span("Corvallo", GPE)}
	teams(a, p, g, ms)
	assert.Equal(t, Org, ms[0].Label)
}

// TestTeamsRoleAfterOneWord: in a sports report one word before a club's
// role and a name is a club, read as a person with no given name or as a
// place (Corvallo manager Ellen Drake, City boss Rui Santos).
func TestTeamsRoleAfterOneWord(t *testing.T) {
	text := "Corvallo won 2-0 after a late goal and a penalty from the striker. \"He is in form,\" said Corvallo manager Ellen Drake. City boss Rui Santos was unhappy with the referee."
	a, p, g, span := joinSetup(t, text)
	ms := []Mention{span("Corvallo", Person), mentionFrom(a, "Corvallo", strings.Index(a.Text, "Corvallo manager"), Person), span("City", GPE)}
	teams(a, p, g, ms)
	assert.Equal(t, []Label{Org, Org, Org}, []Label{ms[0].Label, ms[1].Label, ms[2].Label})
}

// TestTeamsListed: in a sports report the clubs a list knows are clubs,
// however the model read them (Arsenal as a person, Liverpool as a place),
// but after a preposition of place; outside one they keep their labels.
func TestTeamsListed(t *testing.T) {
	text := "Arsenal drew with Chelsea after a late goal from the striker. Liverpool lead the league and the fans in Liverpool celebrated at the stadium."
	a, p, g, span := joinSetup(t, text)
	ms := []Mention{span("Arsenal", Person), span("Chelsea", Person), span("Liverpool", GPE), mentionFrom(a, "Liverpool", strings.Index(text, "in Liverpool")+3, GPE)}
	teams(a, p, g, ms)
	var labels []Label
	for _, m := range ms {
		labels = append(labels, m.Label)
	}
	assert.Equal(t, []Label{Org, Org, Org, GPE}, labels)

	a, p, g, span = joinSetup(t, "Chelsea Hale moved to Liverpool. Chelsea said the city was kind.")
	ms = []Mention{span("Chelsea Hale", Person), span("Liverpool", GPE), mentionFrom(a, "Chelsea", strings.Index(a.Text, "Chelsea said"), Person)}
	teams(a, p, g, ms)
	assert.Equal(t, []Label{Person, GPE, Person}, []Label{ms[0].Label, ms[1].Label, ms[2].Label})
}

// TestWorkTitles: a title after the noun of its kind is no person (whose
// album Glasshouse, the novel Quiet Rooms); a given name alone after one
// stays: it may be the person the work is by or about.
func TestWorkTitles(t *testing.T) {
	a, p, g, span := joinSetup(t, "Her album Glasshouse sold well, and the novel Quiet Rooms did too, as did the single Mary.")
	labels := refinedLabels(a, p, g, span("Glasshouse", Person), span("Quiet Rooms", Person), span("Mary", Person))
	assert.Equal(t, []string{"Mary/PERSON"}, labels)
}

// TestClubFirstWord: the first word of a club's name of two words (its
// place), alone and read as a person, is the club, and joins its cluster
// (Castleford Town, then Castleford led …); not where a person's name
// holds the word too (Tom Castle beside Castle Rovers).
func TestClubFirstWord(t *testing.T) {
	a, p, g, span := joinSetup(t, "Harton Rovers beat Castleford Town. Castleford led at half-time.")
	cas := mentionFrom(a, "Castleford", strings.Index(a.Text, "Castleford led"), Person)
	cas.Confidence = 0.9
	assert.Equal(t, []string{"Harton Rovers/ORG", "Castleford Town/ORG", "Castleford/ORG"}, refinedLabels(a, p, g, span("Harton Rovers", Org), span("Castleford Town", Org), cas))
	a, p, g, span = joinSetup(t, "Castle Rovers won, and Castle Jones scored. Castle, who is 20, left.")
	c := mentionFrom(a, "Castle", strings.Index(a.Text, "Castle,"), Person)
	c.Confidence = 0.9
	assert.Equal(t, []string{"Castle Rovers/ORG", "Castle Jones/PERSON", "Castle/PERSON"}, refinedLabels(a, p, g, span("Castle Rovers", Org), span("Castle Jones", Person), c))
	_, _, labels, names := found(t, "Harton Rovers beat Castleford Town\n\nHarton Rovers beat Castleford Town 2-1 on Saturday.\n\nCastleford led through Liam Price's first-half penalty.")
	assert.Equal(t, Org, labels["Castleford"])
	assert.Equal(t, "Castleford Town", names["Castleford"])
}

// TestCompanyNamedReadAsBody: a name the article calls a company, which
// the model read as a body there, is the body wherever the model read it
// as a person (the app company Dashly, then Dashly denied …).
func TestCompanyNamedReadAsBody(t *testing.T) {
	a, p, g, span := joinSetup(t, "Drivers sued the app company Dashly, alleging fraud. Dashly denied it.")
	later := mentionFrom(a, "Dashly", strings.Index(a.Text, "Dashly denied"), Person)
	later.Confidence = 0.9
	assert.Equal(t, []string{"Dashly/ORG", "Dashly/ORG"}, refinedLabels(a, p, g, span("Dashly", Org), later))
}

// TestBodyNamedBare: a body's noun with no article after a verb or a
// preposition names the body after it (to buy battery start-up Voltaris
// for $1.5 billion), and "for" or "of" and capitalized words go on with
// its name (the advocacy group Citizens for Fair Roads,); a name that
// goes on past what "of" takes is not read.
func TestBodyNamedBare(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Norvik plans to buy battery start-up Voltaris for about $1.5 billion. It funded advocacy group Citizens for Fair Roads, which sued. It met advocacy group Campaign for an Open Vale.")
	labels := refinedLabels(a, p, g)
	assert.Contains(t, labels, "Voltaris/ORG")
	assert.Contains(t, labels, "Citizens for Fair Roads/ORG")
	for _, l := range labels {
		assert.NotContains(t, l, "Campaign")
	}
}

// TestBodyMentions: a one-word name the article calls a body is that body
// wherever it stands alone (the start-up Voltaris; A Voltaris
// spokeswoman, Voltaris said), not inside a longer capitalized name.
func TestBodyMentions(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Norvik plans to buy battery start-up Voltaris for about $1.5 billion. A Voltaris spokeswoman declined to comment. Voltaris was founded in 2019. Voltaris Park opened.")
	labels := refinedLabels(a, p, g)
	n := 0
	for _, l := range labels {
		if l == "Voltaris/ORG" {
			n++
		}
	}
	assert.Equal(t, 3, n, "%v", labels)
	assert.Contains(t, labels, "Voltaris Park/FAC")
}

// TestJobAppositivePerson: one or two capitalized words the model left
// out, set off by commas after a job in lower case, are its holder (the
// foreign minister, Cho Tae-yul,); a two-word body's name ending in a
// word that is a surname too, with a job after its comma, is a person
// (Yun Sun, director of …), and without one it stays (Vale Sun, a
// newspaper).
func TestJobAppositivePerson(t *testing.T) {
	a, p, g, span := joinSetup(t, "South Korea's foreign minister, Cho Tae-yul, welcomed the talks. Yun Sun, director of the programme, agreed. The Vale Sun, a newspaper, agreed.")
	labels := refinedLabels(a, p, g, span("South Korea", GPE), span("Yun Sun", Org), span("Vale Sun", Org))
	assert.Equal(t, []string{"South Korea/GPE", "Cho Tae-yul/PERSON", "Yun Sun/PERSON", "Vale Sun/ORG"}, labels)
}

// TestAndNames: a body's name with "and" inside, after "the", that the
// model read from the word after "and" (Drink Federation) is the whole
// name; not over a word a mention holds, nor when the last word is no
// body's; after a preposition over a one-word place alone (of Avon and
// Somerset Police).
func TestAndNames(t *testing.T) {
	a, p, g, span := joinSetup(t, "The Food and Drink Federation said the term was unhelpful. The Senate and House Committee met. The Firefighters and Unite Here marched.")
	ms := []Mention{span("Drink Federation", Org), span("Senate", Org), span("House Committee", Org), span("Unite Here", Org)}
	ms = andNames(a, p, g, ms)
	var got []string
	for _, m := range ms {
		got = append(got, m.Text(a))
	}
	assert.Equal(t, []string{"Food and Drink Federation", "Senate", "House Committee", "Unite Here"}, got)
	a, p, g, span = joinSetup(t, "It went to the Newfoundland and Labrador Court of Appeal. The House and Senate met.")
	got = labelled(a, andNames(a, p, g, []Mention{span("Newfoundland", GPE), span("Labrador Court of Appeal", Org), span("House", Org), span("Senate", Org)}))
	assert.Equal(t, []string{"Newfoundland and Labrador Court of Appeal/ORG", "House/ORG", "Senate/ORG"}, got)
	// After a preposition, over a one-word place only (not over a word
	// no mention holds: a list of two).
	a, p, g, span = joinSetup(t, "Sergeant Kate Rowe of Avon and Somerset Police spoke. Staff at Lidl and Aldi Group agreed.")
	got = labelled(a, andNames(a, p, g, []Mention{span("Kate Rowe", Person), span("Avon", GPE), span("Somerset Police", Org), span("Aldi Group", Org)}))
	assert.Equal(t, []string{"Kate Rowe/PERSON", "Avon and Somerset Police/ORG", "Aldi Group/ORG"}, got)
	// A name ending in a service's word before the "and", a body's name
	// after it opening with another: one body (not the United States and
	// European Union).
	a, p, g, span = joinSetup(t, "Crews from Midshire Fire and Rescue Service came. The United States and European Union met.")
	got = labelled(a, andNames(a, p, g, []Mention{span("Midshire Fire", GPE), span("Rescue Service", Org), span("United States", GPE), span("European Union", Org)}))
	assert.Equal(t, []string{"Midshire Fire and Rescue Service/ORG", "United States/GPE", "European Union/ORG"}, got)
	// (the first read as a person with no given name too; not Ann Fire)
	a, p, g, span = joinSetup(t, "Wessex Fire and Rescue Service came. Ann Fire and Rescue Service staff met.")
	got = labelled(a, andNames(a, p, g, []Mention{span("Wessex Fire", Person), span("Rescue Service", Org), span("Ann Fire", Person), span("Rescue Service staff", Org)}))
	assert.Equal(t, []string{"Wessex Fire and Rescue Service/ORG", "Ann Fire/PERSON", "Rescue Service staff/ORG"}, got)
	_, _, labels, _ := found(t, "Report\n\nThe Food and Drink Federation, which represents manufacturers, said the term was unhelpful.")
	assert.Equal(t, Org, labels["Food and Drink Federation"])
}

// TestTitleAfterJob: a job in lower case before a capitalized title is a
// description, not part of the title (former transport minister Sir Alan
// Brook: Sir); "former" and "state" still open one.
func TestTitleAfterJob(t *testing.T) {
	_, r, _, _ := found(t, "Report\n\nFormer transport minister Sir Alan Brook denied it. Former President Tom Hale agreed, and state Sen. Ann Lee did not.")
	titles := clusterTitles(r)
	assert.Equal(t, "Sir", titles["Alan Brook"])
	assert.Equal(t, "Former President", titles["Tom Hale"])
	assert.Equal(t, "state Sen.", titles["Ann Lee"])
}

// TestTitleAfterBodyOf: a title whose walk back stops at the "of" inside
// a body's name leaves out that name's last words (Royal College of
// Nursing general secretary: general secretary), or at an "and" inside
// one; a body's name with no "of" stays (Kremlin spokesman).
func TestTitleAfterBodyOf(t *testing.T) {
	_, r, _, _ := found(t, "Report\n\nRoyal College of Midwives general secretary Ann Lee spoke. Bank of Kelby Governor Tom Hale agreed. Kremlin spokesman Oleg Varin did not. Guild of Potters and Glaziers general secretary Nia Brack left.")
	titles := clusterTitles(r)
	assert.Equal(t, "general secretary", titles["Ann Lee"])
	assert.Equal(t, "general secretary", titles["Nia Brack"]) // (and after the "and" inside it)
	assert.Equal(t, "Governor", titles["Tom Hale"])
	assert.Equal(t, "Kremlin spokesman", titles["Oleg Varin"])
}

// TestWhichSpeaks: a capitalized word alone opening its sentence, that no
// list knows and the model left out, which speaks after a "which" aside,
// is a body (Unison, which represents library staff, said).
func TestWhichSpeaks(t *testing.T) {
	_, _, labels, _ := found(t, "Report\n\nThe council will close three libraries.\n\nUnison, which represents library staff, said it was considering a strike.")
	assert.Equal(t, Org, labels["Unison"])
	_, _, labels, _ = found(t, "Report\n\nNorthbridge, which lies on the coast, will close three libraries.")
	assert.NotEqual(t, Org, labels["Northbridge"])
}

// TestCompanyLead: a company's name ending in a legal form is the company
// where the article calls it by its first word alone, in one cluster
// (Spirit AeroSystems Holdings Inc, then Spirit said); not when the word
// is a person's surname too (the Hale Group and Tom Hale).
func TestCompanyLead(t *testing.T) {
	_, r, labels, names := found(t, "Report\n\nVeltro Holdings Inc said on Thursday it would cut 700 jobs. Veltro said the cuts were needed.")
	assert.Equal(t, Org, labels["Veltro"])
	assert.Equal(t, "Veltro Holdings Inc", names["Veltro"])
	assert.Len(t, r.Clusters, 1)
	_, _, labels, _ = found(t, "Report\n\nTom Hale founded Hale Group Inc in 1990. Hale said on Monday he would retire.")
	assert.Equal(t, Person, labels["Hale"])
}

// TestTitleOfBefore: a name of two capitalized words after a title of the
// form "Secretary of State" is a person the model had missed; not the
// field after "Professor of", nor a body after "Director of The".
func TestTitleOfBefore(t *testing.T) {
	_, _, labels, _ := found(t, "Talks\n\n“We have been clear,” Secretary of State Oren Valdek told reporters on Thursday.")
	assert.Equal(t, Person, labels["Oren Valdek"])
	_, _, labels, _ = found(t, "Talks\n\nSecretary of Homeland Security Corin Maddox said the border was secure.")
	assert.Equal(t, Person, labels["Corin Maddox"])
	_, _, labels, _ = found(t, "Talks\n\nShe is Professor of Modern Languages at the college and Director of The Remembrance Project.")
	assert.NotEqual(t, Person, labels["Languages"])
	assert.NotEqual(t, Person, labels["Remembrance Project"])
}

// TestDatelinePlaceOutvotes: a dateline's place weighs three, so the
// body's mentions of the name the model read as a person take its label.
func TestDatelinePlaceOutvotes(t *testing.T) {
	a, err := article.Parse("Fire\n\nCEDAR RIDGE, Calif. — A fire burned east of Cedar Ridge. Cedar Ridge residents fled.", article.WithTagging(false))
	require.NoError(t, err)
	require.False(t, a.Dateline.Empty())
	ms := []Mention{mentionFrom(a, "CEDAR RIDGE", 0, GPE), mentionFrom(a, "Cedar Ridge", 0, Person), mentionFrom(a, "Cedar Ridge", strings.Index(a.Text, "Cedar Ridge")+1, Person)}
	oneLabelPerName(a, loadGazetteer(), ms)
	for i, m := range ms {
		assert.Equal(t, GPE, m.Label, "mention %d", i)
	}
}

// TestDefinedAcronyms: an acronym in brackets right after a body's name
// whose capitals spell it is the body's, tagged wherever the article
// writes it; not one the capitals do not spell, nor a person's.
func TestDefinedAcronyms(t *testing.T) {
	a, p, g, span := joinSetup(t, "The Kelton Water Authority (KWA) said on Monday that the British Pilots' Union (BPU) had complained. The KWA's chief and the BPU met. Ann Lee (AL) of Brack Mills (XYZ) left; AL and XYZ did not.")
	got := refinedLabels(a, p, g, span("Kelton Water Authority", Org), span("British Pilots' Union", Org), span("Ann Lee", Person), span("Brack Mills", Org))
	assert.Equal(t, []string{"Kelton Water Authority/ORG", "KWA/ORG", "British Pilots' Union/ORG", "BPU/ORG", "KWA/ORG", "BPU/ORG", "Ann Lee/PERSON", "Brack Mills/ORG"}, got)
	_, r, _, names := found(t, "The Kelton Water Authority (KWA) said on Monday that prices would rise. The KWA's chief, Ann Lee, said more.")
	assert.Equal(t, "Kelton Water Authority", names["KWA"])
	assert.Len(t, r.Clusters, 2)
	// A short form in lower case after its capital, or one taking more
	// than the words' first letters, spelled by the name's capitalized
	// words in order: the body's too, and in its cluster wherever written.
	a, p, g, span = joinSetup(t, "The British Airline Pilots' Association (Balpa) said on Monday that the Office for Standards in Education (Ofsted) had complained. Balpa and Ofsted met. The Kelby Rowing Club (Kern) and the Mill Lane Surgery (Mill) left; Kern and Mill did not.")
	got = refinedLabels(a, p, g, span("British Airline Pilots' Association", Org), span("Office for Standards in Education", Org), span("Kelby Rowing Club", Org), span("Mill Lane Surgery", Org))
	assert.Equal(t, []string{"British Airline Pilots' Association/ORG", "Balpa/ORG", "Office for Standards in Education/ORG", "Ofsted/ORG", "Balpa/ORG", "Ofsted/ORG", "Kelby Rowing Club/ORG", "Mill Lane Surgery/ORG"}, got)
	_, _, _, names = found(t, "Pilots at Skyway have voted to strike, the British Airline Pilots' Association (Balpa) said. Balpa general secretary Tom Vane said pilots were exhausted. The airline urged Balpa to return to talks.")
	assert.Equal(t, "British Airline Pilots' Association", names["Balpa"])
}

// TestSpells: a short form is spelled by the capitalized words of a name
// in order, each giving its first letter and maybe more; not by one word
// alone, out of order, or with a letter no word gives.
func TestSpells(t *testing.T) {
	for _, c := range []struct {
		name, short string
		want        bool
	}{
		{"Financial Conduct Authority", "FCA", true},
		{"British Airline Pilots' Association", "Balpa", true},
		{"British Airline Pilots' Association", "BALPA", true},
		{"Office of Communications", "Ofcom", true},
		{"North Atlantic Treaty Organization", "Nato", true},
		{"Financial Conduct Authority", "FA", false},   // a word gives no letter
		{"Financial Conduct Authority", "FCAX", false}, // a letter no word gives
		{"Financial Conduct Authority", "CFA", false},  // out of order
		{"Mill Lane Surgery", "Mill", false},           // one word's letters alone
		{"Kelby", "K", false},                          // one capitalized word
		{"Financial Conduct Authority", "F-CA", false}, // not letters
		{"Financial Conduct Authority", "fca", false},  // no capital first
	} {
		assert.Equal(t, c.want, spells(strings.Fields(c.name), c.short), "%s (%s)", c.name, c.short)
	}
}

// TestClubTails: a club's last word alone is the club when only one club
// the article names ends in it.
func TestClubTails(t *testing.T) {
	a, p, g, span := joinSetup(t, "Westbridge Rovers won. Rovers are 14th.")
	assert.Equal(t, []string{"Westbridge Rovers/ORG", "Rovers/ORG"}, refinedLabels(a, p, g, span("Westbridge Rovers", Org)))
	a, p, g, span = joinSetup(t, "Westbridge Rovers beat Harton Rovers. Rovers are 14th.")
	assert.Equal(t, []string{"Westbridge Rovers/ORG", "Harton Rovers/ORG"}, refinedLabels(a, p, g, span("Westbridge Rovers", Org), span("Harton Rovers", Org)))
}

// TestScoredResult: in a sports report, a place's name after a score, a
// noun of a match's result and a preposition is the other side; not one
// after a result with no score.
func TestScoredResult(t *testing.T) {
	text := "The striker scored twice. Rovers suffered a 2-1 defeat at Harrowgate Town on Saturday, then a win at Kelby Vale. The midfielder and the goalkeeper fear relegation."
	a, p, g, span := joinSetup(t, text)
	assert.Equal(t, []string{"Harrowgate Town/ORG", "Kelby Vale/GPE"}, refinedLabels(a, p, g, span("Harrowgate Town", GPE), span("Kelby Vale", GPE)))
}

// TestBodyWordNames: a body's word alone read as a person, after "the"
// and capitalized words the model left out, is the body's name with
// them; not after no "the", nor a word of no body.
func TestBodyWordNames(t *testing.T) {
	a, p, g, span := joinSetup(t, "The Education Authority said so. Kelton Authority said so. The Kelton Lee said so.")
	ms := []Mention{span("Authority", Person), span("Authority said so.", Person), span("Lee", Person)}
	ms[1].Tokens.Last = ms[1].Tokens.First + 1
	ms[1].End = a.Tokens[ms[1].Tokens.First].End
	bodyWordNames(a, p, g, ms)
	assert.Equal(t, []string{"Education Authority/ORG", "Authority/PERSON", "Lee/PERSON"}, labelled(a, ms))
}

// TestShortNameOpeningSentence: a body's first word, its short name, is
// not tagged opening a sentence or headline where the article writes the
// word in lower case too; elsewhere it is.
func TestShortNameOpeningSentence(t *testing.T) {
	a, r, _, _ := found(t, "Rail strike: talks fail\n\nRail Partners said the rail dispute would go on. Talks with Rail failed.")
	var got []string
	for _, m := range r.Mentions {
		got = append(got, m.Text(a))
	}
	assert.Equal(t, []string{"Rail Partners", "Rail"}, got)
}

// TestOwnersTails: a body's name ending in a plural takes the bare
// possessive and the body's word after it; not a word of no body.
func TestOwnersTails(t *testing.T) {
	a, p, g, span := joinSetup(t, "He leads the National Federation of Farmers' Unions. He saw the Kelton Growers' Fields.")
	assert.Equal(t, []string{"National Federation of Farmers' Unions/ORG", "Kelton Growers/ORG"},
		refinedLabels(a, p, g, span("National Federation of Farmers", Org), span("Kelton Growers", Org)))
}

// TestBodyNamedWithThe: after a company's noun, a name with "the" and
// capitalized words inside it is one body when punctuation ends it.
func TestBodyNamedWithThe(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Few rhinos are left, according to the conservation charity Save the Rhino. The charity Help the Aged Now said so.")
	got := refinedLabels(a, p, g)
	assert.Contains(t, got, "Save the Rhino/ORG")
	assert.NotContains(t, got, "Help the Aged Now/ORG")
}

// TestBodyHeadFor: a body's head word and "for" before a place the model
// read open a body's name (Transport for Wales); not before a person.
func TestBodyHeadFor(t *testing.T) {
	a, p, g, span := joinSetup(t, "Trains stopped, and Transport for Wales advised passengers to stay home. Campaign for Ann Lee.")
	assert.Equal(t, []string{"Transport for Wales/ORG", "Ann Lee/PERSON"}, refinedLabels(a, p, g, span("Wales", GPE), span("Ann Lee", Person)))
}

// TestBodyHeadOf: a body head's list word and "of" before a place or a
// one-word name the model read as a person open a body's name (the Port
// of Kelby, its authority); not before a given name.
func TestBodyHeadOf(t *testing.T) {
	a, p, g, span := joinSetup(t, "Lorries queued, and the Port of Kelby said checks would start. The Port of Ardley agreed. Port of Ann said so.")
	assert.Equal(t, []string{"Port of Kelby/ORG", "Port of Ardley/ORG", "Ann/PERSON"},
		refinedLabels(a, p, g, span("Kelby", Person), span("Ardley", GPE), span("Ann", Person)))
	// (and the whole name read as a place)
	a, p, g, span = joinSetup(t, "A dock worker was crushed at the Port of Kelby.")
	assert.Equal(t, []string{"Port of Kelby/ORG"}, refinedLabels(a, p, g, span("Port of Kelby", GPE)))
}

// TestInitials: a person's name opens over the initials the model left out
// before it, and a name of initials and a word is kept below the
// confidence floor; not a list's letter before one word, nor across
// paragraphs.
func TestInitials(t *testing.T) {
	a, p, g, span := joinSetup(t, "The lawyer K. Michael Stennard said so. A. Anasazi sites.\n\nV.\n\nLena Bieber came.")
	assert.Equal(t, []string{"K. Michael Stennard/PERSON", "Anasazi/PERSON", "Lena Bieber/PERSON"},
		refinedLabels(a, p, g, span("Michael Stennard", Person), span("Anasazi", Person), span("Lena Bieber", Person)))
	assert.True(t, initialled(a, tokenAt(a, "K."), tokenAt(a, "Stennard")+1, typePer))
	assert.False(t, initialled(a, tokenAt(a, "K."), tokenAt(a, "Stennard")+1, typeOrg))
	assert.False(t, initialled(a, tokenAt(a, "Michael"), tokenAt(a, "Stennard")+1, typePer))
}

// tokenAt returns the index of the first token written w.
func tokenAt(a *article.Article, w string) int {
	for i := range a.Tokens {
		if a.TokenText(i) == w {
			return i
		}
	}
	return -1
}

// TestDropNumbered: a part's noun and a number, a Roman numeral or a
// letter read as a person is dropped; a person is not.
func TestDropNumbered(t *testing.T) {
	a, _, _, span := joinSetup(t, "Article III demands it. A Band D bill rose. Section 2 applies. Grade Lee met Band Aid.")
	got := labelled(a, dropNumbered(a, []Mention{span("Article III", Person), span("Band D", Person), span("Section 2", Person), span("Grade Lee", Person), span("Band Aid", Org)}))
	assert.Equal(t, []string{"Grade Lee/PERSON", "Band Aid/ORG"}, got)
}

// TestBodyTails: after "the", capitalized words the model left out
// ending in a body's head word from the label-only list are a body (the
// Housing Ombudsman); not Transport or Conference.
func TestBodyTails(t *testing.T) {
	a, p, g, _ := joinSetup(t, "The Housing Ombudsman said so. The Care Inspectorate agreed. The Public Transport failed. The Paris Conference ended.")
	got := refinedLabels(a, p, g)
	assert.Contains(t, got, "Housing Ombudsman/ORG")
	assert.Contains(t, got, "Care Inspectorate/ORG")
	assert.NotContains(t, got, "Public Transport/ORG")
	assert.NotContains(t, got, "Paris Conference/ORG")
}

// TestOwnerPlaces: a one-word place the lists know before its possessive
// and a word in lower case, that no mention holds, is a place; not a word
// of a person's name in the article, nor one after a capitalized word.
func TestOwnerPlaces(t *testing.T) {
	a, p, _, span := joinSetup(t, "Chad Lowe spoke. Chad's brother agreed. France's prime minister spoke. New Jersey's governor and Spain's king met.")
	got := labelled(a, ownerPlaces(a, p, []Mention{span("Chad Lowe", Person), span("Spain", GPE)}))
	assert.Equal(t, []string{"France/GPE"}, got)
}

// TestDropLowerPlurals: a one-word mention opening its sentence that is
// the plural of a word the article writes in lower case, and never
// capitalized inside a sentence, is dropped; not one capitalized inside a
// sentence too, nor one the lists know.
func TestDropLowerPlurals(t *testing.T) {
	a, p, _, span := joinSetup(t, "Fish died in the river. \"Rivers are not dumping grounds,\" she said. Fields flooded, and the field was lost; Fields said so.")
	got := labelled(a, dropLowerPlurals(a, p, []Mention{span("Rivers", Org), mentionFrom(a, "Fields", 0, Org)}))
	assert.Equal(t, []string{"Fields/ORG"}, got)
	// after a label's colon, a plural the tagger reads as a common noun
	// opens the sentence; not after a capitalized word (a name's)
	a, p, _, span = joinSetup(t, "Image caption: Flowers have been left at the junction. Kelby Rovers: Wanderers won.")
	got = labelled(a, dropLowerPlurals(a, p, []Mention{span("Flowers", Org), span("Wanderers", Org)}))
	assert.Equal(t, []string{"Wanderers/ORG"}, got)
	// nor a word another mention holds
	a, p, _, span = joinSetup(t, "Image caption: Rivers have been fined. Ann Rivers said so.")
	got = labelled(a, dropLowerPlurals(a, p, []Mention{span("Rivers", Person), span("Ann Rivers", Person)}))
	assert.Equal(t, []string{"Rivers/PERSON", "Ann Rivers/PERSON"}, got)
}

// TestBodyRest: a mention after "the" that the model read as a body's
// first word takes the rest of the body's name it left out, capitalized
// words to a body's word (the Northgate Hospitals NHS Trust); so does
// one it read as a person (the Ann Lee Foundation Trust, The Linfield
// Economic Partnership): a body named after a person or a place is a body.
func TestBodyRest(t *testing.T) {
	a, p, g, span := joinSetup(t, "The Kelworth Hospitals NHS Trust said so. The Ann Lee Foundation Trust agreed. The Kelworth Civic Trust met.")
	got := refinedLabels(a, p, g, span("Kelworth", Org), span("Ann Lee", Person), span("Kelworth Civic Trust", Org))
	assert.Equal(t, []string{"Kelworth Hospitals NHS Trust/ORG", "Ann Lee Foundation Trust/ORG", "Kelworth Civic Trust/ORG"}, got)
}

// TestMajestyBodies: "His Majesty's" or "Her Majesty's" before a body's
// name opens it, whether the model left it out or took "Majesty's" in.
func TestMajestyBodies(t *testing.T) {
	_, _, labels, _ := found(t, "Report\n\nThe review by His Majesty's Inspectorate of Probation found failings. Her Majesty's Prison Service agreed.")
	assert.Equal(t, Org, labels["His Majesty's Inspectorate of Probation"])
	assert.Equal(t, Org, labels["Her Majesty's Prison Service"])
}

// TestPluralBodyLead: an adjective opening its sentence before a plural
// that opens a body's name is the name's first word (Natural Resources
// Wales, read without "Natural").
func TestPluralBodyLead(t *testing.T) {
	_, _, labels, _ := found(t, "Storm\n\nNatural Resources Wales has issued 12 flood warnings.")
	assert.Equal(t, Org, labels["Natural Resources Wales"])
}

// TestGivenNameSurname: a given name alone read as a person takes one
// capitalized word after it that no list knows (Tariq Islam, read as
// Faisal); not a capitalized word in capitals (Louis XV) nor a month.
func TestGivenNameSurname(t *testing.T) {
	_, _, labels, _ := found(t, "Budget\n\nOur economics editor, Faisal Ahmed, answers your questions.\n\nOur economics editor, Tariq Islam, answers your questions.")
	assert.Equal(t, Person, labels["Tariq Islam"])
}

// TestWorkTitlePlaces: a place the rules read right after the noun of a
// work's kind is a title, no place (the 2019 thriller Grey Harbour).
func TestWorkTitlePlaces(t *testing.T) {
	_, _, labels, _ := found(t, "Film\n\nHardwick starred in the 2019 thriller Grey Harbour.")
	_, ok := labels["Grey Harbour"]
	assert.False(t, ok)
}

// TestAndBodies: after "the", capitalized words with one "and" between
// them ending in a body's word are a body, whether the model left them
// out or read one word of them (the Health and Safety Executive, read as
// Safety after a headline of that word); Executive after a title is none
// (the Chief Executive).
func TestAndBodies(t *testing.T) {
	_, _, labels, _ := found(t, "Safety\n\nThe Health and Safety Executive said it was investigating. The Chief Executive said so.")
	assert.Equal(t, Org, labels["Health and Safety Executive"])
	_, ok := labels["Chief Executive"]
	assert.False(t, ok)
	_, _, labels, _ = found(t, "Report\n\nThe Fire and Rescue Executive said it was investigating.")
	assert.Equal(t, Org, labels["Fire and Rescue Executive"])
}

// TestBareBodyBeforeVerb: a name right after a company's noun with no
// article, after a preposition, is the body even with a verb after it
// (figures from research firm Quorvex showed …).
func TestBareBodyBeforeVerb(t *testing.T) {
	_, _, labels, _ := found(t, "Prices\n\nSeparate figures from market research firm Quorvex showed sales grew.")
	assert.Equal(t, Org, labels["Quorvex"])
}

// TestBroadcasterStations: a broadcaster's name and "Radio" open a
// station's name, a body whatever word ends it (BBC Radio Harbour, not a
// facility by its last word).
func TestBroadcasterStations(t *testing.T) {
	_, _, labels, _ := found(t, "Cup\n\nThe manager told BBC Radio Harbour he was pleased.")
	assert.Equal(t, Org, labels["BBC Radio Harbour"])
}

// TestPaperShortNames: a newspaper's last word alone, after the article
// names the paper, is that paper (the Kelby Chronicle, then the
// Chronicle).
func TestPaperShortNames(t *testing.T) {
	_, _, labels, names := found(t, "Paper sold\n\nThe investor has bought the Kelby Chronicle, the region's oldest paper. The Chronicle was founded in 1851.")
	assert.Equal(t, Org, labels["Kelby Chronicle"])
	assert.Equal(t, "Kelby Chronicle", names["Chronicle"])
}

// TestAreasPolice: a capitalized word and "and" before a police force's
// name of two words, after a preposition, open the force's name (released
// through Avon and Somerset Police); after a preposition, a body of
// another kind is left alone.
func TestAreasPolice(t *testing.T) {
	a, p, g, span := joinSetup(t, "A statement was released through Avon and Somerset Police on Friday. It was sent through Kelby and Harton Foundation later.")
	got := labelled(a, andNames(a, p, g, []Mention{span("Somerset Police", Org), span("Harton Foundation", Org)}))
	assert.Equal(t, []string{"Avon and Somerset Police/ORG", "Harton Foundation/ORG"}, got)
}

// TestRanksWithoutStop: military ranks written without a stop, as British
// papers write them, are titles cut from the name (Col Aske joins
// Colonel David Aske).
func TestRanksWithoutStop(t *testing.T) {
	_, r, _, names := found(t, "Race\n\nHer rival, Colonel David Aske, argues that crime matters. Col Aske says the plant would bring jobs.")
	assert.Equal(t, "David Aske", names["Aske"])
	for _, c := range r.Clusters {
		assert.NotEqual(t, "Col Aske", c.Name)
	}
}

// TestCouncilPlaceBodies: a one-word name the model or the rules read as
// a body, where the article names that place's council, is the place (the
// people of Brackwell, beside Brackwell Borough Council); the council's
// short name joins its cluster (Brackwell Council).
func TestCouncilPlaceBodies(t *testing.T) {
	_, _, labels, names := found(t, "Council leader quits\n\nThe leader of Kelmarsh Borough Council has resigned.\n\nA Kelmarsh Council spokesman said he was sorry. \"I have let down the people of Kelmarsh,\" he said.\n\nRead more: Kelmarsh council faces £20m black hole")
	assert.Equal(t, GPE, labels["Kelmarsh"])
	assert.Equal(t, "Kelmarsh Borough Council", names["Kelmarsh Council"])
}

// TestOpeningPlaceBody: capitalized words opening a sentence before a
// body's plural and the body the model read are the body's name
// (Wareford Hospitals NHS Foundation Trust, read as NHS Foundation
// Trust); "Counsel" opening one is a role, no person (Counsel to the
// inquiry, Ann Lee KC).
func TestOpeningPlaceBody(t *testing.T) {
	_, _, labels, _ := found(t, "Inquiry\n\nCounsel to the inquiry, Andrew Vane KC, asked her about training. She replied that she had none.\n\nKelworth Hospitals NHS Foundation Trust has previously said it regrets the deaths.")
	assert.Equal(t, Org, labels["Kelworth Hospitals NHS Foundation Trust"])
	_, ok := labels["Counsel"]
	assert.False(t, ok)
}

// TestKnownFacilities: an airport the label-only list knows by its name
// alone is a facility, whether the model read it as someone or left it
// out (Heathrow, Gatwick).
func TestKnownFacilities(t *testing.T) {
	_, _, labels, _ := found(t, "Runway\n\nThe airport says it needs the runway to compete with Heathrow and Gatwick. Flights from Heathrow Airport were late.")
	assert.Equal(t, Fac, labels["Heathrow"])
	assert.Equal(t, Fac, labels["Gatwick"])
	assert.Equal(t, Fac, labels["Heathrow Airport"])
}

// TestPersonOfBody: two to four capitalized words the model left out
// after a person's name and "of" are the body the person speaks for
// (Rosa Whitfield of Stop Eastbridge Expansion), or "The" and one word
// or more (of The Interlocutor: the body without "The").
func TestPersonOfBody(t *testing.T) {
	_, _, labels, _ := found(t, "Runway\n\n\"This is a disaster,\" said Rosa Whitfield of Stop Eastbridge Expansion. Lee Wang of The Interlocutor asked her.")
	assert.Equal(t, Org, labels["Stop Eastbridge Expansion"])
	assert.Equal(t, Org, labels["Interlocutor"])
}

// TestThinkTanks: a think tank is a body's noun (the think tank
// Autonomy).
func TestThinkTanks(t *testing.T) {
	_, _, labels, _ := found(t, "Study\n\nThe study, by researchers at the University of Kelworth and the think tank Autonomy, followed 2,900 employees.")
	assert.Equal(t, Org, labels["Autonomy"])
}

// TestBylineDesks: in a byline, a capitalized desk before a job in lower
// case is no body (By Jo Marsh, Entertainment reporter).
func TestBylineDesks(t *testing.T) {
	_, _, labels, _ := found(t, "Singer cancels tour\n\nBy Jo Marsh, Entertainment reporter\n\nThe singer Ellie Stone has cancelled her tour.")
	_, ok := labels["Entertainment"]
	assert.False(t, ok)
	assert.Equal(t, Person, labels["Jo Marsh"])
}

// TestListedBodies: a body the organizations list knows is kept below the
// confidence floor (Scotland Yard); the label-only list's bodies are read
// after "A" too (A No 10 spokesman), and relabel the model's person
// (Holyrood).
func TestListedBodies(t *testing.T) {
	_, _, labels, _ := found(t, "Probe\n\nThe Met said officers had arrested two men. A No 10 spokesman said the prime minister was aware. Scotland Yard confirmed the arrests. The Guardia Civil said the boat had sunk. The SNP said Holyrood should decide.")
	assert.Equal(t, Org, labels["Scotland Yard"])
	assert.Equal(t, Org, labels["No 10"])
	assert.Equal(t, Org, labels["Holyrood"])
	assert.Equal(t, Org, labels["Guardia Civil"])
}

// TestScoreIsSportWord: a score before a result's noun (a 2-1 win) counts
// among the words of match reports, so a short report's clubs no list
// knows are clubs (Harbour City).
func TestScoreIsSportWord(t *testing.T) {
	_, _, labels, _ := found(t, "City edge past Rovers to reach cup final\n\nHarbour City reached the final of the County Cup with a 2-1 win over Westfield Rovers at Brook Lane on Tuesday night.\n\nGoals from Danny Price and substitute Liam Okoro settled the tie after Rovers had taken an early lead through Callum Reid.\n\nCity manager Steve Marsh praised his side's character. \"We went behind, we didn't panic, and we showed what this group is about,\" he told BBC Radio Harbour.\n\n\"Liam has been waiting for his chance and he took it brilliantly. I'm delighted for him.\"\n\nRovers boss Gary Tate said his players had been \"unlucky\" not to take the game to extra time. \"We hit the bar twice. On another night, that goes in,\" said Tate, whose side are bottom of the league.\n\nCity will face Northport in the final at the Memorial Ground on 12 May.")
	assert.Equal(t, Org, labels["Harbour City"])
}

// TestLeftOutBodies: three to five capitalized words the model left out,
// ending in a body's word, are the body (Kelmarsh Hospitals NHS Trust,
// Glenmore Mountain Rescue Team), but not with "of" after the word (the
// rest is the name's).
func TestLeftOutBodies(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Inquest\n\nIn a statement, Kelmarsh Hospitals NHS Trust said it accepted the findings. Glenmore Mountain Rescue Team said the pair were cold. The Anatolian Cultural Center of Leeds gave money.")
	got := refinedLabels(a, p, g)
	assert.Contains(t, got, "Kelmarsh Hospitals NHS Trust/ORG")
	assert.Contains(t, got, "Glenmore Mountain Rescue Team/ORG")
	assert.NotContains(t, got, "Anatolian Cultural Center/ORG")
}

// TestFromPlace: a one-word name after people and "from" is where they
// live (the couple from Wexcombe), not after other nouns (a letter from
// Hale); a name ending in a holiday firm's word is a company.
func TestFromPlace(t *testing.T) {
	a, p, g, span := joinSetup(t, "Trip\n\nThe couple from Wexcombe spent three nights there. A letter from Hale arrived. SunPath Holidays said sorry.")
	got := refinedLabels(a, p, g, span("Wexcombe", Person), span("Hale", Person), span("SunPath Holidays", Person))
	assert.Contains(t, got, "Wexcombe/GPE")
	assert.Contains(t, got, "Hale/PERSON")
	assert.Contains(t, got, "SunPath Holidays/ORG")
}

// TestDescriptionInItsSentence: a body's noun opening a sentence heads a
// description however the sentence before ends (a verb there is no verb
// the description is the object of), so the name after it is the body;
// a coroner is a title.
func TestDescriptionInItsSentence(t *testing.T) {
	_, r, labels, _ := found(t, "Rail\n\nThe trains advised customers to check.\n\nPassenger watchdog Transport Focus said the timing was poor. Coroner Alison Reid agreed.")
	assert.Equal(t, Org, labels["Transport Focus"])
	assert.Equal(t, "Coroner", clusterTitles(r)["Alison Reid"])
}

// TestSideReadAsPerson: in a match report, one word no list knows that
// the model read as a person is a side when it plays a place or a club
// (Harbour City came from behind to beat Northport 2-1), unless it ends a
// person's longer name in the article; the words of match reports include
// their plurals and a header.
func TestSideReadAsPerson(t *testing.T) {
	text := "Report\n\nHarbour City came from behind to beat Northport 2-1 at the Ridge Ground on Saturday. The substitute equalised with a header before the quarter-finals."
	a, p, g, span := joinSetup(t, text)
	ms := []Mention{span("Harbour City", Org), span("Northport", Person)}
	teams(a, p, g, ms)
	assert.Equal(t, Org, ms[1].Label)

	a, p, g, span = joinSetup(t, text+" Tom Northport was sent off.")
	ms = []Mention{span("Harbour City", Org), span("Northport", Person), span("Tom Northport", Person)}
	teams(a, p, g, ms)
	assert.Equal(t, Person, ms[1].Label)

	// (where the model read the side only elsewhere, the mentions found
	// again from it are read as sides too)
	_, _, labels, _ := found(t, "City stun Northport with late winner\n\nHarbour City came from behind to beat Northport 2-1 at the Ridge Ground on Saturday.\n\nNorthport had led through a first-half header from Callum Reyes, but substitute Jonah Pike equalised before Danny Okafor struck in stoppage time.\n\nNorthport boss Ian Tarrant said his side had been naive.")
	assert.Equal(t, Org, labels["Northport"])
}

// TestWarningColours: a warning's colour before its noun is no entity
// (Amber warning extended; a Red alert), whatever the model read it as;
// a publisher's name ends in Books.
func TestWarningColours(t *testing.T) {
	_, _, labels, _ := found(t, "Storm: live\n\nAmber warning extended\n\nThe Met Office has extended its Amber warning until six. Amber Hale, a forecaster, said so. The novel is published by Harbour Books on Monday.")
	_, ok := labels["Amber"]
	assert.False(t, ok)
	assert.Equal(t, Person, labels["Amber Hale"])
	assert.Equal(t, Org, labels["Harbour Books"])
	// (a weather's word between the colour and its noun)
	_, _, labels, _ = found(t, "Storm: live\n\nKey points\n- Amber wind warning in force until 21:00\n- More than 40,000 homes without power")
	_, ok = labels["Amber"]
	assert.False(t, ok)
}

// TestNoStopInName: a stop the model reads as a name's last token is
// left out of the mention ("… bank at the Post Office.").
func TestNoStopInName(t *testing.T) {
	_, _, labels, _ := found(t, "Bank closure leaves town without a branch\n\nThe last bank in Wellford will close its doors in June, leaving the market town of 9,000 people without a branch.\n\nHarbour Bank said fewer than 100 customers a week used the branch, down from more than 1,000 a decade ago.\n\n\"We understand this will be disappointing news,\" the bank said in a statement. \"Customers can still bank at the Post Office.\"\n\nMayor Jill Harrity said the closure was \"a hammer blow\" for older residents. \"Not everyone can bank online,\" she said.\n\nWellford's MP, Andrew Collier, has written to the bank's chief executive asking him to reconsider.\n\nCampaign group Cash Access UK says more than 6,000 bank branches have closed since 2015.")
	_, ok := labels["Post Office"]
	assert.True(t, ok)
	for name := range labels {
		assert.False(t, strings.HasSuffix(name, "."), name)
	}
}

// TestPortfolioAndCampaign: a portfolio of one word before an office's
// title and a name is part of the title (Transport Secretary Leah
// Moran), and a place's name after "Stop" or "Save" is a campaign.
func TestPortfolioAndCampaign(t *testing.T) {
	_, r, labels, _ := found(t, "Runway\n\nBy Owen Carter, Transport correspondent\n\nTransport Secretary Leah Moran said the decision was right. \"This is a betrayal,\" said Ellie Vance of Stop Northgate Runway.")
	_, ok := labels["Transport"]
	assert.False(t, ok)
	assert.Equal(t, "Transport Secretary", clusterTitles(r)["Leah Moran"])
	assert.Equal(t, Org, labels["Stop Northgate Runway"])
}

// TestClubWordAlone: a club's word the model read alone takes the
// capitalized words it left out before it (Westmere United striker Kofi
// Boateng: the club, and the striker's title).
func TestClubWordAlone(t *testing.T) {
	a, p, g, span := joinSetup(t, "Striker signs\n\nWestmere United striker Kofi Boateng has signed a new deal. The lads at Harbour Rovers were glad.")
	got := refinedLabels(a, p, g, span("United", Org), span("Kofi Boateng", Person), span("Rovers", Org))
	assert.Contains(t, got, "Westmere United/ORG")
	assert.Contains(t, got, "Harbour Rovers/ORG")
}

// TestDescriptionOverPossessive: a body's description may hold a plural's
// bare possessive before its noun (The shopworkers' union Usdaw
// described …): the name after it is the body.
func TestDescriptionOverPossessive(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Jobs\n\nThe shopworkers' union Usdaw described the news as bad. Ann Lee's union Fairwork agreed.")
	got := refinedLabels(a, p, g)
	assert.Contains(t, got, "Usdaw/ORG")
}

// TestJobOfBody: after a job in lower case and "of", capitalized words
// joined by small words and set off by punctuation are the body the
// model left out (chief executive of Action on Smoking and Health,); a
// place after a mayor is not read so, nor an author's work.
func TestJobOfBody(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Ban\n\nDana Whitlow, chief executive of Action on Smoking and Health, said so. The mayor of New York, Ann Lee, agreed. Tom Hale, author of Bring the Harbour Home, wrote it.")
	got := refinedLabels(a, p, g)
	assert.Contains(t, got, "Action on Smoking and Health/ORG")
	assert.NotContains(t, got, "New York/ORG")
	assert.NotContains(t, got, "Bring the Harbour Home/ORG")
}

// TestLowerCaseTitles: a title in lower case takes the lower-case words
// before it (Former shadow chancellor Tom Reyes; campaign manager), up to
// "former" and no number, and two services a department joins (Work and
// Pensions Secretary Ann Lee).
func TestLowerCaseTitles(t *testing.T) {
	_, r, _, _ := found(t, "Cuts\n\nFormer shadow chancellor Tom Reyes said no. Work and Pensions Secretary Ann Lee said yes. Tom Hale and Sen. Ray Moe met. The party's mentor former Mayor Kim Park spoke, and 34-year state Sen. Jo Bell too.")
	titles := clusterTitles(r)
	assert.Equal(t, "Former shadow chancellor", titles["Tom Reyes"])
	assert.Equal(t, "Work and Pensions Secretary", titles["Ann Lee"])
	assert.Equal(t, "Sen.", titles["Ray Moe"])
	assert.Equal(t, "former Mayor", titles["Kim Park"])
	assert.Equal(t, "state Sen.", titles["Jo Bell"])
}

// TestEngineeringCompany: a name ending in Engineering is a company, which
// a later "it" stands for (shares in Torrance Engineering days before it
// announced …).
func TestEngineeringCompany(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Trial\n\nProsecutors alleged that Mr Vane sold shares in Torrance Engineering days before it announced a profit warning.")
	got := refinedLabels(a, p, g)
	assert.Contains(t, got, "Torrance Engineering/ORG")
}

// TestOpeningParticipleDescription: a description opening its sentence
// may open with an -ing word (Cycling charity Sustrans said …).
func TestOpeningParticipleDescription(t *testing.T) {
	a, p, g, _ := joinSetup(t, "Roads\n\nCycling charity Wheelwise said it was disappointed.")
	got := refinedLabels(a, p, g)
	assert.Contains(t, got, "Wheelwise/ORG")
}

// TestMountains: a mountain the label-only list knows is a place, whatever
// the model read it as (Ben Nevis, read as a person).
func TestMountains(t *testing.T) {
	_, _, labels, _ := found(t, "Rescue\n\nTwo climbers have been rescued from Ben Nevis after a night near the summit. Ben Hale, a walker, found them.")
	assert.Equal(t, Loc, labels["Ben Nevis"])
	assert.Equal(t, Person, labels["Ben Hale"])
}

// TestDescribedBodies: a body a lower-case noun describes keeps its name
// whole: a title's word opening it (the advocacy group Justice Watch, not
// the person Watch titled Justice), "for" and the words after it (the
// patients' group Voice for Halden), a given name opening a journal's
// (the journal Marine Ecology Letters); so does a body's name after "the"
// the model read as a person (The Linfield Economic Partnership), and a
// prison's is a facility's (Ridgeway Correctional Facility).
func TestDescribedBodies(t *testing.T) {
	_, _, labels, _ := found(t, "Prisons\n\nAdvocacy group Justice Watch said overcrowding had made the prison \"unsafe\".\n\nPatients' group Voice for Halden said it had received hundreds of complaints.\n\nThe study, published in the journal Marine Ecology Letters, used data from 40 buoys.\n\nSix inmates have died at Ridgeway Correctional Facility since January.")
	assert.Equal(t, Org, labels["Justice Watch"])
	assert.Equal(t, Org, labels["Voice for Halden"])
	assert.Equal(t, Org, labels["Marine Ecology Letters"])
	assert.Equal(t, Fac, labels["Ridgeway Correctional Facility"])
	_, _, labels, _ = found(t, "Tech firm\n\nLinfield had been chosen for its universities.\n\nThe Linfield Economic Partnership welcomed the news. Its chairman said so.")
	assert.Equal(t, Org, labels["Linfield Economic Partnership"])
}

// TestExamplesOfPlaces: a one-word name the model read as a person is a
// place among examples of towns (towns such as Alcester and Shipton;
// cities like Ostby), and a name ending in a film or record company's
// word is the company (Riverside Pictures).
func TestExamplesOfPlaces(t *testing.T) {
	_, _, labels, _ := found(t, "Rail\n\nThe show's producers, Riverside Pictures, denied his claims.\n\nCommuters in smaller towns such as Alcester and Shipton are likely to be hit hardest.")
	assert.Equal(t, Org, labels["Riverside Pictures"])
	assert.Equal(t, GPE, labels["Alcester"])
	assert.Equal(t, GPE, labels["Shipton"])
}

// TestCompanyRunWhole: capitalized words the model left out that end in a
// company's word are the company only when no capitalized word follows
// (the Federal Records Act is a longer name; Harbourline Systems Group,
// which the model reads, stays whole).
func TestCompanyRunWhole(t *testing.T) {
	_, _, labels, _ := found(t, "Emails\n\nThe emails were kept under the Federal Records Act and were later released. Ann Lee joined Harbourline Systems Group in May.")
	assert.NotContains(t, labels, "Federal Records")
	assert.Equal(t, Org, labels["Harbourline Systems Group"])
}

// TestOrganiserTitle: "Organiser" before a name is the person's title.
func TestOrganiserTitle(t *testing.T) {
	_, r, labels, _ := found(t, "Beach\n\nOrganiser Gemma Lowe said the amount of plastic found was \"shocking\".")
	assert.Equal(t, Person, labels["Gemma Lowe"])
	assert.Equal(t, "Organiser", clusterTitles(r)["Gemma Lowe"])
}

// TestTitleWithOf: a title's own "of" stays in the title (Secretary of
// State), where a body's name before a job does not (Royal College of
// Nursing general secretary).
func TestTitleWithOf(t *testing.T) {
	_, r, _, _ := found(t, "Vote\n\nSecretary of State Adrian Folsom, a Democrat, rejected the request. Royal College of Nursing general secretary Ann Lee agreed.")
	assert.Equal(t, "Secretary of State", clusterTitles(r)["Adrian Folsom"])
	assert.Equal(t, "general secretary", clusterTitles(r)["Ann Lee"])
}

// TestParentTitle: "Parent", "Neighbour" or "Customer" before a name is
// the person's title, not part of the name ("Fan", a surname, is not).
func TestParentTitle(t *testing.T) {
	_, r, labels, _ := found(t, "Buses\n\nParent Leanne Ashworth said her son had waited in the rain. Neighbour Tom Vale agreed.")
	assert.Equal(t, Person, labels["Leanne Ashworth"])
	assert.Equal(t, "Parent", clusterTitles(r)["Leanne Ashworth"])
	assert.Equal(t, "Neighbour", clusterTitles(r)["Tom Vale"])
}

// TestRoadsListsAndPairedPlaces: a road's word the model read alone takes
// the capitalized word before it (King Street, not the person Street
// titled King); a name in a list after a place and a comma is a place
// (Lisbon, Faro and …); a company's word after "the" ends the company
// (the Brightwell Plastics site); a forum's name read as a person is a
// body; two places joined by "and" share the body named after the
// second (Devon and Somerset Fire and Rescue Service).
func TestRoadsListsAndPairedPlaces(t *testing.T) {
	_, _, labels, _ := found(t, "Crash\n\nDaniel Price, 42, from Hurst Green, was hit at the junction of King Street and Station Road on Tuesday morning.\n\nMark Dean, of Westbourne Cycle Forum, said the group had raised concerns with the council \"again and again\".\n\nFlights to Lisbon, Faro and Madeira were among those hit.\n\nAbout 60 firefighters were sent to the Brightwell Plastics site on Mill Road.\n\nDevon and Somerset Fire and Rescue Service said thick black smoke could be seen for miles.")
	assert.Equal(t, Fac, labels["King Street"])
	assert.Equal(t, Org, labels["Westbourne Cycle Forum"])
	assert.Equal(t, GPE, labels["Faro"])
	assert.Equal(t, Org, labels["Brightwell Plastics"])
	assert.Equal(t, Org, labels["Devon and Somerset Fire and Rescue Service"])
	// (where the model reads only Rescue Service)
	_, _, labels, _ = found(t, "Factory fire: Residents told to keep windows shut\n\nAbout 60 firefighters were sent to the Brightwell Plastics site on Mill Road at about 02:00 GMT.\n\nDevon and Somerset Fire and Rescue Service said thick black smoke could be seen for miles.\n\nGroup manager Steve Rowe said: \"The building is well alight.\"")
	assert.Equal(t, Org, labels["Devon and Somerset Fire and Rescue Service"])
}

// TestPossessorOfTwoWords: a body's word after a possessor takes the
// possessor's name of two words after "the" (The Information
// Commissioner's Office).
func TestPossessorOfTwoWords(t *testing.T) {
	_, _, labels, _ := found(t, "Breach\n\nThe Information Commissioner's Office said it was investigating.")
	assert.Equal(t, Org, labels["Information Commissioner's Office"])
}

// TestTownClubs: a capitalized word and "Town" the model left out, before
// a club's role or after a fan's verb, are the club (Harlow Town manager
// Sean Kiely; followed Harlow Town for 40 years).
func TestTownClubs(t *testing.T) {
	_, r, labels, _ := found(t, "Fans\n\n\"It is a disgrace,\" said Tony Marsh, 52, who has followed Harlow Town for 40 years.\n\nHarlow Town manager Sean Kiely said his players would \"give everything\".")
	assert.Equal(t, Org, labels["Harlow Town"])
	n := 0
	for _, m := range r.Mentions {
		if m.Label == Org {
			n++
		}
	}
	assert.Equal(t, 2, n)
}

// TestSurnameBodies: a one-word body that is the surname of a person
// named in full before it is that person; not when a body's longer name
// opens with the word, nor when the word is set off after a company's
// noun anywhere.
func TestSurnameBodies(t *testing.T) {
	text := "Duncan MacLeod lit the forge. MacLeod smiled. Andrew Kelso founded Kelso News. Kelso said it grew. Tom Farrant, whose agency, Farrant, made ads, spoke. Farrant left."
	a, p, g, span := joinSetup(t, text)
	at := func(word, after string, l Label) Mention {
		return mentionFrom(a, word, strings.Index(a.Text, after), l)
	}
	ms := []Mention{span("Duncan MacLeod", Person), at("MacLeod", "MacLeod smiled", Org), span("Andrew Kelso", Person), span("Kelso News", Org),
		at("Kelso", "Kelso said", Org), span("Tom Farrant", Person), at("Farrant", "Farrant, made", Org), at("Farrant", "Farrant left", Org)}
	surnameBodies(p, g, ms)
	assert.Equal(t, []string{"Duncan MacLeod/PERSON", "MacLeod/PERSON", "Andrew Kelso/PERSON", "Kelso News/ORG", "Kelso/ORG", "Tom Farrant/PERSON", "Farrant/ORG", "Farrant/ORG"}, labelled(a, ms))
}

// TestHeadlineLabels: a headline's mention takes the label the body gives
// every mention of the same words (it had read the headline's as a
// person); a name the body gives two labels keeps the headline's.
func TestHeadlineLabels(t *testing.T) {
	a, err := article.Parse("Review: The Keeper's Daughter, Theatre Royal\n\nThe play opened at the Theatre Royal on Thursday.")
	require.NoError(t, err)
	ms := []Mention{mentionOf(a, "Theatre Royal", Person), mentionFrom(a, "Theatre Royal", strings.LastIndex(a.Text, "Theatre Royal"), Org)}
	ms[0].Paragraph, ms[1].Paragraph = 0, 1
	headlineLabels(a, ms)
	assert.Equal(t, Org, ms[0].Label)
	a, err = article.Parse("Hale wins\n\nHale said. Hale Group fell. Hale rose.")
	require.NoError(t, err)
	ms = []Mention{mentionOf(a, "Hale", Org), mentionFrom(a, "Hale", strings.Index(a.Text, "Hale said"), Person), mentionFrom(a, "Hale", strings.Index(a.Text, "Hale rose"), Org)}
	ms[0].Paragraph, ms[1].Paragraph, ms[2].Paragraph = 0, 1, 1
	headlineLabels(a, ms)
	assert.Equal(t, Org, ms[0].Label)
}

// TestPoliceRankTitles: a police rank written the British way, "Ch" for
// chief and the detective ranks' initials, is the person's title, not
// part of the name.
func TestPoliceRankTitles(t *testing.T) {
	_, r, _, _ := found(t, "Storm\n\nCh Supt Laura Grieve said roads were hazardous. DI Sarah Kemp said the search went on.")
	titles := clusterTitles(r)
	assert.Equal(t, "Ch Supt", titles["Laura Grieve"])
	assert.Equal(t, "DI", titles["Sarah Kemp"])
}

// TestShortGivenName: a given name's short form alone joins the one person
// named in full by a name it stands for (Thomas Egan, then Tom); with two
// such people it joins neither.
func TestShortGivenName(t *testing.T) {
	clusterOf := func(r *Result, text string, a *article.Article) string {
		for _, m := range r.Mentions {
			if a.Text[m.Start:m.End] == text {
				return r.Clusters[m.Cluster].Name
			}
		}
		return ""
	}
	a, r, _, _ := found(t, "Crash\n\nThomas Egan, 52, died in the crash. His family said Tom was a loving husband.")
	assert.Equal(t, "Thomas Egan", clusterOf(r, "Tom", a))
	a, r, _, _ = found(t, "Crash\n\nThomas Egan and Thomas Reilly died in the crash. His family said Tom was a loving husband.")
	assert.Equal(t, "Tom", clusterOf(r, "Tom", a))
}
