"""Word lists the entity rules lean on: titles, role nouns, organisation heads, known bodies."""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Honorifics and titles that introduce a person's name ("President Putin", "Dr. Ruiz").
HONORIFICS = _words(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. sen. rep. gov. gen. lt. col. capt. sgt. mx mx. herr frau señor señora st. "
    "dona doña senhor senhora signor signora monsieur madame madam mme mme. mlle "
    # West African and Muslim honorifics ("Alhaji Musa Garba Yakubu", "Otunba Segun Adeyemi")
    "alhaji alhaja alhajji hajiya hajia mallam malam otunba opanyin "
    # Indian honorifics ("Swami Chakrapani", "Shri Ram Nath Kovind", "Smt. Meera Rao")
    "swami shri smt smt. shrimati "
    # Shia and Catholic honorifics ("Sayyid Ali Khamenei", "Monseñor Jorge Scheinig")
    "sayyid seyed monsignor monseñor monsenor msgr msgr. "
    # British police and council ranks, written without full stops ("Det Insp Owain Jenkins")
    "det det. insp insp. supt supt. ch sgt cllr cllr. pc dc ds dci "
    # South Asian and Caribbean police ranks by their initials ("DSP Owen Samuels")
    "dsp ssp asp acp dcp "
    # Military ranks written short (AP style: "Rear Adm. Daniel Hagari", "Maj. Gen. Li")
    "adm. maj. brig. cmdr. cdr. rear "
    # the style of office-holders and judges ("the Honourable Dr Marcia Bryan-Wint", "Hon
    # Grace Akello", "Rt Hon ...")
    "honourable honorable hon hon. rt rt. "
    # East African, Malay, Thai and Arabic honorifics ("Mzee Odongo Okello", "Datuk Rahim
    # Omar", "Puan Aini Yusof", "Khun Somchai", "Eng. Samir Adel", "Ir Faizal Hamid")
    "mzee datuk dato dato' dato’ datin tun haji hajah hajjah puan encik cik khun eng. ir "
    # the comrade of Zimbabwean, Mozambican and Nigerian party and union styles ("Cde Davis
    # Marapira", "Cde Tendai Moyo")
    "comrade cde cde. "
    # Ethiopian, Cambodian and Australian council styles ("Ato Bekele Tadesse", "Oknha Ly
    # Yong Phat", "Cr Jan Ellis": the councillor's)
    "ato oknha cr "
    # Shia clerics' ranks, South Asian scholars' and Bhutanese styles ("Ayatollah Ali Sistani",
    # "Hojatoleslam Reza Tabari", "Maulana Tariq Jameel", "Dasho Pema Wangchuk", "Aum Sonam
    # Choden", "Lyonpo Karma Dorji"), the Filipino engineer's, lawyer's and councillor's
    # ("Engr. Musa Bala", "Atty. Ramon Cruz", "Kagawad Liza Reyes"), the Malay teacher's
    # ("Ustaz Ahmad Faiz") and the Burmese lady's ("Daw Khin Myo")
    "ayatollah hojatoleslam hojjatoleslam hojatolislam hojjatolislam maulana mawlana "
    "dasho aum lyonpo engr engr. atty atty. kagawad ustaz ustaza ustazah daw "
    # the Bhutanese district administrator's style ("Dasho Dzongdag Pema Dorji")
    "dzongdag"
)
# Words that make one honorific with the honorific before them ("Tan Sri", "Toh Puan",
# "Datuk Seri", "Dato' Sri", "Datin Paduka", "Yang Berhormat", "Grand Ayatollah"); the pair's
# opening words that are no honorific alone ("Tan" is a surname, "Yang" a name word).
HONORIFIC_SECONDS = _words("sri seri paduka puan berhormat ayatollah")
HONORIFIC_PAIR_OPENERS = _words("tan toh yang grand")
# Abbreviations written with a full stop that ends no sentence and no name ("Mr.", "Rear
# Adm.", "Corp."): the chunker's and the sentence splitter's common list.
ABBREVIATIONS = (
    "Mr Mrs Ms Dr St Jr Sr Rev Mt Ft Gen Sen Rep Gov Lt Col Capt Sgt Prof Adm Maj Brig Cmdr Cdr "
    "Co Corp Inc Ltd Ltda Eng"
).split()
# Abbreviated titles among the honorifics, spelt out as a role: "Gov. Dana Price" is the
# governor, "Lt. Gov." the lieutenant governor ("Mr.", "Dr." name no office).
TITLE_ABBREVIATIONS = {
    "sen.": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "gen.": "General",
    "lt.": "Lieutenant",
    "col.": "Colonel",
    "capt.": "Captain",
    "adm.": "Admiral",
    "maj.": "Major",
    "brig.": "Brigadier",
    "cmdr.": "Commander",
    "cdr.": "Commander",
    "sgt.": "Sergeant",
    "prof.": "Professor",
    "det": "Detective",
    "det.": "Detective",
    "insp": "Inspector",
    "insp.": "Inspector",
    "supt": "Superintendent",
    "supt.": "Superintendent",
    "ch": "Chief",
    "sgt": "Sergeant",
    "cllr": "Councillor",
    "cllr.": "Councillor",
    "cr": "Councillor",
    "pc": "Police Constable",
    "dc": "Detective Constable",
    "con": "Constable",
    "ds": "Detective Sergeant",
    "dci": "Detective Chief Inspector",
    "dsp": "Deputy Superintendent of Police",
    "ssp": "Senior Superintendent of Police",
    "asp": "Assistant Superintendent of Police",
    "acp": "Assistant Commissioner of Police",
    "dcp": "Deputy Commissioner of Police",
}
TITLE_WORDS = _words(
    "president vice-president minister chancellor secretary senator governor mayor king queen prince princess "
    "pope cardinal bishop archbishop general colonel captain admiral judge justice doctor professor chairman "
    "chairwoman chairperson ambassador commissioner inspector detective constable superintendent councillor "
    "councilor mp mep speaker premier director spokesman spokeswoman spokesperson deputy coach manager sheikh "
    "emir sultan rabbi imam father reverend lieutenant sergeant commander agent officer chief president-elect "
    "governor-general secretary-general attorney-general marshal major corporal private trooper senator-elect "
    "representative congressman congresswoman alderman magistrate chef striker midfielder defender goalkeeper "
    "forward winger skipper referee economist analyst ceo cfo coo cto chair head leader mrs mr dr ms "
    "taoiseach tánaiste tanaiste minister-president mayor-elect dean provost rector chancellor-elect td "
    "sheriff legislator lawmaker assemblyman assemblywoman assemblymember councilman councilwoman "
    "regent mk msp mla mpp parliamentarian warden reeve councilmember "
    # offices written with a hyphen ("WHO Director-General Tedros ...", "Auditor-General X")
    "director-general auditor-general solicitor-general inspector-general surgeon-general "
    "adjutant-general comptroller-general accountant-general registrar-general "
    "postmaster-general paymaster-general vice-chancellor lieutenant-governor vice-premier "
    "vice-chairman vice-chair deputy-governor"
)
# No role before ordinary words (None), nor a title that is an adjective too, capitalised in
# a headline ("Major Farm Strike").
NOT_A_ROLE = frozenset((None, "Major", "General", "Chief", "Private", "Head", "Senior"))
# Role nouns (lower case) that make an appositive a role: "Jan Peeters, the union's spokesman".
ROLE_NOUNS = TITLE_WORDS | _words(
    "executive founder owner boss editor reporter correspondent journalist author writer novelist historian "
    "candidate activist campaigner organiser organizer adviser advisor consultant strategist envoy negotiator "
    "delegate member chairman lawyer attorney prosecutor barrister solicitor researcher scientist professor "
    "lecturer teacher student nurse surgeon physician engineer architect designer economist analyst "
    "trader investor banker broker farmer worker docker driver pilot astronaut cosmonaut player athlete "
    "rider cyclist runner champion winner boxer singer actor actress musician artist photographer "
    "meteorologist climatologist hydrologist epidemiologist virologist psychologist sociologist "
    "official officials administrator ombudsman treasurer trustee steward representative resident owner "
    "partner co-founder producer director presenter host anchor commentator blogger podcaster columnist whistleblower influencer youtuber philanthropist nominee "
    "spokesman spokeswoman spokesperson secretary minister president chief head leader coach manager "
    "captain mayor governor chancellor king queen chair ceo cfo mp mep senator judge star fan gran grandmother "
    "grandfather mother father wife husband son daughter brother sister widow cousin neighbour neighbor friend "
    "colleague guide substitute team-mate teammate full-back td dj rapper comedian chairman victim suspect "
    "critic painter sculptor poet composer dancer filmmaker soldier entrepreneur businessman "
    "businesswoman footballer cricketer golfer swimmer priest pastor monk nun diplomat witness survivor "
    "defendant plaintiff juror protester volunteer employee voter academic curator librarian publisher "
    "broadcaster guitarist drummer pianist conductor playwright screenwriter cartoonist illustrator "
    "spinner opener paceman seamer batsman batter bowler wicketkeeper keeper goalscorer "
    # what a local report calls the people it quotes ("Retiree Tan Ah Kow")
    "retiree pensioner vendor shopkeeper hawker homemaker housewife villager "
    "fisherman labourer laborer "
    # offices and trades of reports from further afield ("Custos Rotulorum of Clarendon")
    "custos trainer jockey grandmaster"
)
# Words that make a capitalised phrase an organisation when they end (or head) it.
ORG_HEADS = _words(
    "Ministry Department Agency Authority Council Commission Committee Party Bank Inc Inc. Corp Corp. Forum "
    "Corporation Company Co. Ltd Ltd. Ltda Ltda. Limited plc PLC AG GmbH SA S.A. NV N.V. SE LLC LLP PLLC Group Holdings "
    "University College School Institute Institution Foundation Trust Association Federation Union League "
    "Club FC CF AFC SC Court Tribunal Parliament Congress Senate Assembly Cabinet Government Administration "
    "Police Army Navy Force Forces Guard Service Services Office Bureau Board Organisation Organization "
    "Network News Times Post Herald Journal Gazette Tribune Telegraph Press Television TV Radio Broadcasting "
    "Airlines Airways Motors Industries Energy Pharmaceuticals Systems Technologies Partners Capital Fund "
    "Church Movement Front Alliance Coalition Society Observatory Laboratory Labs Hospital Exchange Reserve "
    "Secretariat Directorate Inspectorate Confederation Syndicate Consortium Cooperative Co-operative Brigade "
    "Regiment Corps Orchestra Museum Library Academy Chamber Command Unions Logistics Shipping Lines Guild "
    "ASA AS ASA. ApS AB Oy Oyj BV B.V. SpA S.p.A. KG KGaA SAS SARL Pty Markets Ferries Rovers Athletic "
    "United City Rovers Wednesday Tribe Tribes Constabulary Gendarmerie Headquarters "
    "Wanderers Hotspur Albion Lottery Foods Motors Pharma Telecom Mobile Bancorp Securities Airline "
    "Railways Rail Airport Authority Group Centre Center Institute Monitor Watch Ventures Media Studios "
    "Insurance Bancorp Brands Foods Chemicals Steel Mining Petroleum Oil Gas Electric Utilities Water "
    "Partnership Council Party Review Herald Daily Weekly Magazine Agency Agencies Programme Program "
    "Commission Nations Parliament Conference Council Tribunal Registry Directorate Prosecutor "
    "Productions Pictures Films Records Entertainment Publishing Publishers Studio "
    # the closing words of company names in business reporting ("Veltrane Semiconductor",
    # "Orbis Materials", "Brennick Freight")
    "Semiconductor Semiconductors Materials Tools Freight Robotics Therapeutics Biotech Software "
    "Solutions Analytics Dynamics Aerospace Automotive Electronics Devices Instruments Networks "
    "Stores Hotels Resorts Construction Healthcare Biosciences Genetics Microsystems "
    "Investments Advisors Advisers Associates Consulting Laboratories "
    "Properties Realty Supermarkets Outfitters Trucking Apparel Textiles Beverages Brewing "
    "Cosmetics Diagnostics Minerals Metals Enterprises Trading Fibers Fibres Plastics Management "
    "Equities Developments Homes Builders Contractors Motorsport Motorsports Racing Defense "
    "Defence Energia "
    # groups of lawmakers and bodies of members ("the Problem Solvers Caucus")
    "Caucus Collective Taskforce Panel "
    # a fire service named for its work ("Rogaland Fire and Rescue")
    "Rescue Unit "
    # the closing words of newspapers' names ("Pittsburgh Ledger", "Des Moines Register")
    "Ledger Register Courier Chronicle Inquirer Examiner Enquirer Sentinel Dispatch Courant "
    "Advertiser Observer Bulletin Argus "
    # the closing words of firms' and bodies' names in trade and local reporting ("JM
    # Financial", "MSC Cruises", "Trellis Components", "Nova Scotia Health")
    "Financial Cruises Components Dairies Esports Expeditions Health "
    # a US school by its short name ("Hansen Elementary"), a union's branch ("CUPE Local 7000")
    "Elementary Local "
    # a company or a campaign group with members abroad ("Wilmar International", "Survival
    # International"); a legal-aid group or a firm ("Lambda Legal", "Earthjustice Legal")
    "International Legal"
)
# Compass words that open a part of a country ("Eastern Germany", "Southern District of Ohio").
COMPASS_WORDS = ("Northern", "Southern", "Eastern", "Western", "Central", "Northeastern",
                 "Northwestern", "Southeastern", "Southwestern")  # fmt: skip
# Words that open a site's name: "River Kennet", "Lake Geneva", "Mount Etna".
SITE_PREFIXES = _words(
    "River Lake Mount Mt. Mt Cape Fort Port Isle Lac Loch Plaza Piazza Playa Place Bois Château Castle "
    # the word for "street" or "avenue" that opens a street's name in French, Spanish,
    # Portuguese and Catalan ("Rue des Soubirous", "Calle Mayor", "Avenida Paulista")
    "Rue Calle Avenida Rua Carrer "
    # a palace and a square in Spanish, French, Italian, Polish, Portuguese and Galician
    # ("Palacio de la Aduana", "Plac Wszystkich Świętych", "Praza do Obradoiro")
    "Palacio Palais Palazzo Plac Praça Praza "
    # the Malay and Indonesian words for a road, a housing estate, a river, a village, a hill,
    # an island, a cape and a town ("Jalan Ampang", "Taman Melawati", "Sungai Buloh", "Kota
    # Kemuning"), and the Thai for a lane ("Soi Nana")
    "Jalan Jln Lorong Persiaran Taman Sungai Kampung Kampong Bukit Pulau Tanjung Kota Soi"
)
# Words that open the name of a storm, which is no person: "Cyclone Phailin", "Hurricane Ida".
STORM_WORDS = _words("Cyclone Hurricane Typhoon Storm Tropical Superstorm")
# Verbs that a person (rarely a place or organisation) is the subject of.
HUMAN_VERBS = _words(
    "scored won lost died resigned arrived visited met denied admitted shrugged joked smiled married "
    "stepped served sponsored tweeted posted laughed cried replied agreed apologised apologized vowed "
    "pleaded testified appeared starred sang played coached managed founded led chaired signed spoke "
    "thanked praised criticised criticized accused joined left returned retired recalled insisted "
    "wrote wants hopes believes thinks knows felt feels fled escaped survived came went took made"
)
# Words for a bank, a university, a ministry, a party, a company... in other languages, which
# make a run of capitals an organisation's name wherever they stand in it ("Banque Misr",
# "Vrije Universiteit Amsterdam", "Partido Verde"); none is an English word or a name.
ORG_WORDS_ABROAD = _words(
    "Banque Banco Banca Bankası Universidad Universidade Università Université Universität "
    "Universiteit Uniwersytet Univerzita Universitet Universitat Instituto Istituto Instytut "
    "Ministerio Ministère Ministero Ministerium Ministério Ministerstvo Ministerstwo Partido "
    "Partito Partei Fundación Fundação Fondazione Fondation Stiftung Compañía Companhia "
    "Compagnie Société Sociedad Sociedade Società Gesellschaft Agence Agencia Agência Agenzia "
    "Conseil Consejo Consiglio Conselho Comité Comisión Comissão Commissione Hochschule "
    "Verband Bundesamt Bundesanstalt Associação Asociación Associazione Sindicato Sindacato "
    "Syndicat Gewerkschaft Tribunale Ayuntamiento Assemblée Asamblea Policía Polizei Polícia "
    "Polizia Ejército Armée Grupo Gruppo Groupe Grupa Empresa Empresas Corporación Corporação "
    "Federación Federação Federazione Fédération Confederación Escuela Escola Scuola École "
    "Colegio Klinikum Hospitalario Museo Musée Biblioteca Bibliothèque Câmara Cámara Chambre "
    "Prefeitura Alcaldía Mairie Superintendencia Municipalidad "
    # a regulator or authority ("Autorité de Régulation de la Poste et des Télécommunications")
    "Autorité Autoridad Autoridade Autorità Caisse"
)
# Lower-case nouns that, right before or after a name, make it an organisation's:
# "the farmers' union Unió de Pagesos", "the ACV-Transcom union".
ORG_NOUNS = _words(
    "union party company group agency federation club firm newspaper broadcaster airline bank carrier "
    "association charity organisation organization team movement network channel magazine ministry "
    "council board regulator retailer manufacturer insurer operator developer startup start-up "
    "supermarket chain brewery label studio publisher website daily tabloid weekly "
    "maker carmaker automaker chipmaker drugmaker conglomerate "
    "miner refiner supplier utility exporter importer shipbuilder wholesaler distributor brewer "
    "telecom telco lender processor grinder shipper bottler brokerage nonprofit non-profit "
    "cooperative co-operative watchdog outlet publication think-tank thinktank "
    # what trade reporting calls a firm right before its name ("consultancy Arthur D. Little",
    # "private equity fund Arcadia Capitale", "ransomware gang Qilin", "department store X")
    "consultancy fund gang platform store"
)
# Organisation heads of the state, whose leading country is also a place ("U.S. State Department").
STATE_HEADS = _words(
    "Department Ministry Government Army Navy Embassy Police Parliament Congress Senate Court Agency Office"
)
# Heads that take "of ...": "Ministry of Defence", "University of Leuven", "Bank of England".
ORG_OF_HEADS = _words(
    "Ministry Department University Bank Office Board Council Court Commission Committee Institute "
    "Federation Union League Association Organisation Organization Party Church Museum Academy Bureau "
    "Agency Chamber Government Parliament Port College School Secretary Federation Confederation Society "
    "House Division Directorate Registrar Superintendency Superintendence Inspectorate Secretariat "
    "Authority"
)
# Phrases that end a place name: "Amur Region", "Vostochny Cosmodrome", "Zaventem Airport".
REGION_HEADS = _words(
    "Region Province Oblast Krai County District State Prefecture Governorate Canton Territory Municipality"
    " Highlands Lowlands Midlands Belt Okrug"
)
SITE_HEADS = _words(
    "Gardens Garden Cemetery Estate Reserve Lane Cosmodrome Cosmodrome Airport Stadium Square Bridge Palace Park Harbour Harbor Station Dam River Lake Mountain "
    "Mountains Island Islands Valley Street Avenue Road Canal Bay Beach Peninsula Desert Forest Reservoir "
    "Terminal Dock Docks Quay Arena Cathedral Castle Tower Hall Hill Hills Falls Sea Ocean Gulf Strait Coast "
    "Plaza Boulevard Motorway Highway Tunnel Plant Refinery Mine Base Camp Prison Memorial Monument Temple "
    "Mosque Basin Delta Glacier Volcano Parkway Marina Pier Wharf Barracks Circuit Ring Velodrome Circus Side "
    "Thruway Turnpike Expressway Freeway Plateau Terrace Crescent Ave Blvd Shelf Place Market Bazaar "
    "Showground Showgrounds Drive "
    # natural features the news names by their own word ("the Irminger Current", "the Syr
    # Darya", a river in Central Asian languages)
    "Current Straits Passage Trench Cliffs Lagoon Mesa Darya Trail"
)
# Site words that are also common surnames ("Stuart Hall", "Maria Hill").
SURNAME_SITES = _words("Hall Hill Park Bridge Castle Lane Forest Tower Street Marsh")
# Capitalised words that are never (part of) a name when they open a sentence or phrase.
FUNCTION_WORDS = _words(
    "A An The This That These Those It Its It's He She They We I You His Her Their Our My Your Him Them "
    "I'm I’m I've I’ve I'd I’d I'll I’ll It’s He's He’s She's She’s We're We’re They're They’re "
    "You're You’re Let's Let’s "
    "But And Or Nor So Yet For If When While Although Though Because Since As After Before Until Unless "
    "Once Where Whether Which Who Whom Whose What Why How There Here Then Now Today Yesterday Tomorrow "
    "In On At By From To With Without Within Into Onto Over Under Above Below Between Among Across Through "
    "During Despite Against Toward Towards Upon About Around Near Beyond Behind Inside Outside Along "
    "Also Still Even Just Only Meanwhile However Moreover Furthermore Nevertheless Nonetheless Instead "
    "Indeed Thus Therefore Hence Otherwise Overall Finally First Second Third Last Next Later Earlier "
    "Some Many Most Much More Less Few Several All Both Each Every Either Neither Any No Not None One Two "
    "Three Four Five Six Seven Eight Nine Ten Other Another Such Same Own Mr Mrs Ms Dr Is Are Was Were "
    "Be Been Being Has Have Had Do Does Did Will Would Can Could Should May Might Must Shall According "
    "Asked Speaking Following Including Amid Per Like Unlike Yes Oh Well Please Thank Thanks Let Perhaps "
    "Maybe Already Again Never Always Often Sometimes Soon Recently Currently Previously Eventually "
    "Afterwards Afterward Regarding Concerning Whereas Additionally Subsequently Likewise Similarly "
    "Conversely Alternatively Elsewhere Notably Initially Ultimately Officially Reportedly Apparently Allegedly Clearly Certainly Of Off Out Up Down "
    "Whatever Whoever Everyone Everything Nobody Nothing Someone Something Anyone Anything Local Police "
    "Everybody Somebody Anybody "
    "Officials Residents Critics Analysts Experts Sources Witnesses Authorities Researchers Scientists "
    "Workers Protesters Members Supporters Voters Fans Sales Prices Shares Talks Plans Big Small "
    "Senior Former Acting Interim Top Key Major Minor Breaking Update Updated Editor Note "
    # a body's standing before its name ("Opposition Maldivian Democratic Party lawmaker ...")
    "Opposition Rival "
    "Read Watch Click Share Subscribe Follow Advertisement Related Photo Video Image Source SOURCE Copyright "
    "Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Q A Q: A: "
    "Sir Lord Lady Madam Dear Hello Hi Good Great Very Too Quite Rather Almost Nearly About Approximately"
)
# Capitalised words that are not names though they often start a capitalised run mid-sentence.
NON_NAME_WORDS = _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Christmas Easter Ramadan Eid Covid COVID-19 Internet "
    "English French German Spanish Dutch Flemish Catalan Basque Irish Norwegian Russian Chinese Korean "
    "Japanese Arabic European American African Asian Western Eastern Northern Southern Muslim "
    "Jewish Catholic Protestant Islamic Olympic Olympics Paralympics Cup Championship Championships Grand "
    "Prix Premier Champions Euro Act Bill Law Treaty Agreement Accord Plan Strategy Report Index Prize "
    "Award Awards Day Week Month Year Ages Summit Games Festival Airshow Expo War Revolution Crisis Storm "
    "Hurricane Typhoon "
    "Constitution God Allah Lord Madness Race Tour Open Marathon Classic Derby Final Finals Season "
    "North South East West Regulation Directive Convention Charter Code Amendment Amendments Clause "
    "Accords Doctrine Medal Medals Fellowship Scholarship Trophy Tournament Pandemic Epidemic Telescope"
)
# Lower-case tokens that may sit inside a person's name.
NAME_PARTICLES = _words(
    "van von der den de da das do dos del della di du la le bin bint binti ibn al el ben ter ten zu af y i"
)
# Common surnames written first (Chinese, Korean, Vietnamese): "Kim Jong Un", "Xi Jinping".
FAMILY_FIRST = _words(
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Moon Roh Chun "
    "Xi Hu Wen Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Guo He Lin Gao Luo Zheng Liang "
    "Deng Mao Jiang Tsai Lai Nguyen Tran Pham Le Vo Phan Hun Abe Kishida Suga Koizumi "
    # Hokkien, Teochew and Cantonese spellings (Singapore, Malaysia, Hong Kong)
    "Tan Ng Goh Ong Teo Chua Koh Wong Chan Leong Yeo Toh Tay Yap Quek Seah Chia Chong Heng Loh "
    "Lau Cheung Leung Kwok Yip Lam Cheng Hui Poon Fong Chew Neo Soh Ang Khoo Ooi Tee Yong "
    # the commonest Japanese surnames (NHK and Japanese outlets write the family name first:
    # "Sasaki Tokuo")
    "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
    "Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Ikeda Hashimoto Ishikawa "
    "Maeda Fujita Ogawa Okada Hasegawa Murakami Kondo Saito Sakamoto Nishimura Fujiwara Miura"
)
# Verbs of saying: "X said", "said X", "X told reporters".
SPEECH_VERBS = _words(
    "said says say told tells added adds explained explains stated states announced announces wrote writes "
    "argued argues noted notes warned warns insisted insists claimed claims commented comments replied "
    "replies asked asks remarked remarks declared declares admitted admits acknowledged acknowledges "
    "confirmed confirms continued continues recalled recalls stressed stresses urged urges conceded "
    "concedes tweeted posted shouted yelled laughed joked predicted predicts observed observes suggested "
    "suggests answered answers responded responds concluded concludes cautioned cautions complained "
    "complains agreed agrees estimated estimates reported reports shrugged blamed described noting saying "
    "adding telling writing tweeting posting called calls pointed explaining warning"
)
# Acronyms that are not organisations (or are places handled by the gazetteer).
NON_ORG_ACRONYMS = _words(
    "US USA UK UAE DRC PRC DPRK TV CEO CFO COO CTO GDP AM PM GMT UTC CET BST EST PST AI IT ID DNA RNA "
    "HIV AIDS COVID SARS MERS OK PR VIP PhD MBA BA BSc MSc MD Q1 Q2 Q3 Q4 II III IV VI VII VIII IX XI XII "
    "FY YoY ATM PIN SMS PDF URL USB GPS LED LNG LPG CO2 NO2 EV EVs SUV IPO M&A ESG VAT TEU I A AN OR "
    "TEUS KM KG MW GW KWH MWH USD EUR GBP JPY CNY CHF NOK SEK RUB INR BRL HQ PS NB FAQ DIY RIP LOL OMG "
    "BREAKING UPDATE NEW NEWS EXCLUSIVE LIVE WATCH READ MORE THE AND OF IN ON AT TO FOR IS IT BY "
    "NYC DC LA NJ NY CA TX FL PA OH MA WA VA NC SC GA AZ CO MI MN WI MO MD KY OR OK CT IA MS AR KS UT NV "
    "NM NE WV ID HI ME NH RI MT DE SD ND AK VT WY BC AB ON QC NSW VIC QLD MVP WWII WWI "
    # trade agreements and treaties, no bodies ("the USMCA", "NAFTA", "the JCPOA")
    "USMCA CUSMA NAFTA TPP CPTPP RCEP AfCFTA GATT TTIP CETA JCPOA NPT CTBT "
    # chess titles ("IM Oskar Lind", "like an IM"; GM is also General Motors)
    "IM WGM WIM WFM WCM "
    # time zones ("9 a.m. ET"), eras, units and measures
    "ET EDT CT CDT CST PT PDT MT MDT AKST HST AEST AEDT ACST AWST NZST NZDT IST JST KST HKT SGT "
    "CEST EET EEST WET WEST MSK AD BC BCE CE FM AM MHZ KHZ MPH KPH KMH IQ BMI RPM "
    # market index tickers and quote codes
    "DJI DJIA SPX INX IXIC NDX RUT VIX DXY HSI N225 GDAXI FCHI STOXX "
    # medical codes: vaccines, diseases, wards and scans ("the MMR vaccine", "in the ICU")
    "MMR HPV RSV COPD ICU ER MRI PCR BCG DTP IVF ADHD PTSD ALS CPR EMT OTC "
    # athletics results' marks ("52.31 WL", "3:29.88 PB": world lead, personal best)
    "PB SB WL NR MR WR DNF DNS DQ "
    # crypto tokens' codes ("ether (ETH)", "Solana's SOL token")
    "BTC ETH SOL XRP USDT USDC DOGE BNB AVAX LTC SHIB TRX ADA "
    # sports statistics and results marks ("a 2.31 ERA", "a season's best (SB)", "DNF"), and
    # technology words in capitals ("DeFi", "NFTs", "the PS5")
    "ERA RBI RBIs OPS WHIP TKO PB SB WL NR WR DNF DNS DQ NFT NFTs DeFi GPU GPUs CPU SSD OLED "
    "PS4 PS5 "
    # weapon systems war reports name in capitals ("HIMARS munitions", "ATACMS missiles")
    "HIMARS ATACMS NASAMS MLRS ICBM ICBMs SLBM MANPADS UAV UAVs IED IEDs RPG RPGs APC APCs "
    # emphasis and headline words, and abbreviations of speech
    "ASAP FYI AKA TBA TBD RSVP OMG LOL NB PS MP MPS MPs OUT UP ALERT URGENT OPINION ANALYSIS "
    # a page's update stamp ("UPD: 17:40"), codes and networks of everyday technology ("a QR
    # code", "a VPN", "ZIP code", a paper's DOI), and football's quarterback and field goal
    "UPD QR VPN ZIP DOI QB FG"
)
# Offices named for the official who holds them: "U.S. Attorney's Office for ...", "Sheriff's
# Department", "Ohio Attorney General's Medicaid Fraud Control Unit" (one name, not a
# possessive that splits the run).
OFFICE_OWNERS = frozenset(
    "Attorney Sheriff Governor Mayor Prosecutor Coroner Comptroller Auditor Treasurer Speaker "
    "Chancellor Solicitor Commissioner Marshal Marshals Clerk Ombudsman Examiner General "
    "Recorder Assessor Collector Registrar Surveyor Constable".split()
)
# Well-known organisations: alias -> canonical name.
KNOWN_ORGS: dict[str, str] = {}
# The canonical names of its clubs and teams (its "# Sport" and "# ... teams" sections).
KNOWN_TEAMS: set[str] = set()
# Read from data/known_orgs.txt ("canonical | alias | ..."; the first line to name a form wins).
_teams = False
for _line in (Path(__file__).with_name("data") / "known_orgs.txt").read_text("utf-8").splitlines():
    if _line.startswith("#"):
        _teams = _line.startswith(("# Sport", "# North American teams"))
    elif _line:
        _forms = _line.split(" | ")
        for _form in _forms:
            KNOWN_ORGS.setdefault(_form, _forms[0])
        if _teams:
            KNOWN_TEAMS.add(_forms[0])


# A company's legal form written after its name and a comma ("Brightwater Analytics, Inc.").
COMPANY_SUFFIXES = frozenset(
    "Inc. Inc Ltd. Ltd LLC L.L.C. Corp. Corp LLP L.P. plc PLC N.V.".split()
)


def company_name(text: str) -> str:
    """The name an organisation run is listed under: the well-known name it is a form of,
    without the legal form after a comma ("Helixor Systems, Inc." is Helixor Systems, so
    its later mentions are the same company's)."""
    head, comma, form = text.rpartition(", ")
    if comma and form in COMPANY_SUFFIXES:
        text = head
    return KNOWN_ORGS.get(text, text)


def read_names(path: Path) -> set[str]:
    """The names of a word-list file: whitespace-separated, lines opening with "#" skipped."""
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return words


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The shipped given names, loaded once: the hand-compiled list and the US census one
    (see data/ATTRIBUTION.md; the census file is optional)."""
    data = Path(__file__).with_name("data")
    words = read_names(data / "given_names.txt")
    census = data / "census_given_names.txt"
    if census.is_file():
        words |= read_names(census)
    return frozenset(words)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The lower-case words of English (SCOWL, see data/ATTRIBUTION.md), loaded once.

    A capitalised word that is also an ordinary word ("Survey", "Cross", "Services") points
    to an organisation or a thing rather than a person; empty if the file is missing."""
    path = Path(__file__).with_name("data") / "common_words.txt.gz"
    try:
        return frozenset(zlib.decompress(path.read_bytes(), 31).decode("utf-8").split("\n"))
    except (OSError, zlib.error, UnicodeDecodeError):
        return frozenset()


# Place names that are also ordinary words or given names: accepted only with a cue ("in X").
AMBIGUOUS_PLACES = _words(
    "Reading Mobile Nice March May Bath Split Best Born Deal Hope Independence Liberty Central North South "
    "East West Northern Southern Eastern Western Capital Centre Center Orange Florence Victoria Jordan "
    "Chad Marshall Lincoln Jackson Wilson Columbia Buffalo Phoenix Mercedes Sale Bury Wells Derby Rugby "
    "Mold Young Union Concord Troy Temple Eagle Commerce Enterprise Paradise Surprise Jersey "
    "Normal Marion Carmen Laura Alice Santa Mesa Sandy Sunrise Harlow Gap Bar Page Price Hamilton "
    "Clinton Franklin Madison Monroe Newton Warren Lafayette Salem Trump Georgia "
    "Kim Li Ma Lee Park Chang Irving Austin Charlotte Jamestown Sherman Albany Dover Camden Kent Essex "
    "Lancaster Chester Durham Preston Hull Bolton Stockport Oldham Luton Ealing "
    "Midland Valley Delta Plains Mission Coral Pearl Ocean Lake Glen Island Bay Port Ridge Ashland Mount"
)
# Prepositions that cue a following place ("in Reading", "from Nice").
PLACE_CUES = _words(
    "in at from near to outside across around into towards toward via through between of inside"
)
# Words allowed in a role written before a name ("the union's chief negotiator Jan Peeters").
ROLE_MODIFIERS = _words(
    "former senior deputy chief acting shadow foreign interior finance defence defense general executive regional "
    "local national interim vice co- assistant associate state federal european international prime "
    "managing lead principal head junior press communications economic health education justice energy "
    "environment environmental transport labour labor trade security police union opposition party "
    "government cabinet port city county club team club's team's company's union's party's ministry's "
    "government's agency's"
)
