package collabtest

// zorgkantoorRegion is one of the 31 zorgkantoorregio's, by the slug the
// module uses as its region code, with its name and the zorgkantoor that
// holds its concession, as in package region's reference catalogue (a
// test checks that they agree).
type zorgkantoorRegion struct {
	code, name, zorgkantoor string
}

var zorgkantoorRegions = [...]zorgkantoorRegion{
	{"amstelland-en-de-meerlanden", "Amstelland en de Meerlanden", "Zorg en Zekerheid"},
	{"amsterdam", "Amsterdam", "Zilveren Kruis"},
	{"apeldoorn-zutphen", "Apeldoorn, Zutphen e.o.", "Zilveren Kruis"},
	{"arnhem", "Arnhem", "Menzis"},
	{"drenthe", "Drenthe", "Zilveren Kruis"},
	{"flevoland", "Flevoland", "Zilveren Kruis"},
	{"friesland", "Friesland", "Zorgkantoor Friesland"},
	{"groningen", "Groningen", "Menzis"},
	{"haaglanden", "Haaglanden", "CZ"},
	{"kennemerland", "Kennemerland", "Zilveren Kruis"},
	{"midden-brabant", "Midden-Brabant", "VGZ"},
	{"midden-holland", "Midden-Holland", "VGZ"},
	{"midden-ijssel", "Midden-IJssel", "Zorgkantoor Midden-IJssel"},
	{"nijmegen", "Nijmegen", "VGZ"},
	{"noord-en-midden-limburg", "Noord- en Midden-Limburg", "VGZ"},
	{"noord-holland-noord", "Noord-Holland Noord", "VGZ"},
	{"noordoost-brabant", "Noordoost-Brabant", "VGZ"},
	{"rotterdam", "Rotterdam", "Zilveren Kruis"},
	{"t-gooi", "'t Gooi", "Zilveren Kruis"},
	{"twente", "Twente", "Menzis"},
	{"utrecht", "Utrecht", "Zilveren Kruis"},
	{"waardenland", "Waardenland", "VGZ"},
	{"west-brabant", "West-Brabant", "CZ"},
	{"westland-schieland-delfland", "Westland, Schieland, Delfland", "DSW"},
	{"zaanstreek-waterland", "Zaanstreek/Waterland", "Zilveren Kruis"},
	{"zeeland", "Zeeland", "CZ"},
	{"zuid-holland-noord", "Zuid-Holland Noord", "Zorg en Zekerheid"},
	{"zuid-hollandse-eilanden", "Zuid-Hollandse Eilanden", "CZ"},
	{"zuid-limburg", "Zuid-Limburg", "CZ"},
	{"zuidoost-brabant", "Zuidoost-Brabant", "CZ"},
	{"zwolle", "Zwolle", "Zilveren Kruis"},
}

// RegionCodes returns the codes of the 31 zorgkantoorregio's in which the
// generator places collaborations, in alphabetical order, as a new slice.
func RegionCodes() []string {
	out := make([]string, len(zorgkantoorRegions))
	for i, r := range zorgkantoorRegions {
		out[i] = r.code
	}
	return out
}
