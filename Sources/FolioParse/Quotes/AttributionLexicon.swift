/// The words attribution rules look for, as data: adding a verb of saying or a title is a line
/// here, reviewed as such. All entries are lower case.
enum AttributionLexicon {
    /// Verbs that introduce or close reported speech: "X said “…”", "“…,” X added".
    static let speechVerbs: Set<String> = reportingVerbs.union(namingVerbs).union(conditionalSpeechVerbs.keys)

    /// Where the words next to a verb must stand for it to say something (`conditionalSpeechVerbs`).
    enum SpeechCondition: Sendable { case beforeThat, afterDocument }

    /// Verbs that say only beside certain words. "mentioned" reports the clause "that" opens
    /// after it ("The Republican campaign manager mentioned that there should be …, to ensure we
    /// have the “…”"); before an object it names a thing, whose words are someone else's ("Trump
    /// mentioned an editorial … that called him “…”"). "requesting" says what a document asks
    /// right before it ("a memo requesting information on its “…”"), not what a subject asked
    /// for ("Schiff requested the transcripts after the complaint described the call as “…”").
    static let conditionalSpeechVerbs: [String: SpeechCondition] = [
        "mentioned": .beforeThat, "mentions": .beforeThat, "requesting": .afterDocument, "requested": .afterDocument,
    ]

    /// `conditionalSpeechVerbs` as a table read in place, as the tokenizer asks it of each verb
    /// of saying.
    static let speechConditions = ShortWordTable(conditionalSpeechVerbs.map { ($0.key, $0.value) })

    /// The verbs of saying that are not `namingVerbs`.
    private static let reportingVerbs: Set<String> = [
        // "“…,” the editorial read", "read the email", "a message on Twitter reading “…”": what a text says.
        "read", "reads", "reading",
        // "Trump was quick to add that …", "declined to tell": the forms after "to" and "did", where
        // they are no noun.
        "add", "tell", "ask", "warn", "explain", "insist", "argue", "declare", "suggest", "predict", "admit",
        "acknowledge", "confirm", "deny", "respond", "recall", "urge", "concede", "complain",
        "said", "says", "say", "told", "tells", "asked", "asks", "added", "adds", "warned", "warns",
        "stated", "states", "noted", "notes", "wrote", "writes", "claimed", "claims", "insisted",
        "insists", "tweeted", "tweets", "tweeting", "declared", "declares", "explained", "explains", "continued",
        "continues", "replied", "replies", "responded", "responds", "argued", "argues", "stressed",
        "stresses", "emphasized", "emphasised", "announced", "announces", "remarked", "commented",
        "suggested", "recalled", "admitted", "acknowledged", "confirmed", "denied", "concluded",
        "answered", "exclaimed", "shouted", "posted", "quipped", "joked", "urged", "vowed", "promised",
        "reported", "reports", "saying", "telling", "adding", "writing", "according", "accused",
        "accuses", "leveled", "levelled", "alleged", "slammed", "blasted", "condemned", "denounced",
        "criticized", "criticised", "charged", "blamed", "praised", "hailed", "lamented", "observed",
        "predicted", "threatened", "demanded", "pledged", "proclaimed", "asserted", "maintained",
        "mused", "questioned", "elaborated", "testified", "assured", "barked", "concludes", "wondered",
        "countered", "conceded", "cautioned", "boasted", "recounted", "reiterated", "fumed", "arguing",
        "noting", "insisting", "claiming", "warning", "stating", "asking", "urging", "accusing",
        "shared", "jokes", "quips", "recalls", "suggests", "admits", "acknowledges", "confirms",
        "denies", "answers", "exclaims", "shouts", "urges", "vows", "predicts", "pledges", "proclaims",
        "asserts", "maintains", "muses", "elaborates", "testifies", "assures", "counters", "concedes",
        "cautions", "boasts", "recounts", "reiterates", "fumes", "laments", "observes", "wonders",
        "expressed", "complained", "complains", "sniped", "pondered", "scoffed", "snapped", "retorted", "echoed", "echoes",
        "speculated", "mocked", "railed", "griped", "marveled", "marvelled", "contended", "contends",
        "opined", "reasoned", "whispered", "yelled", "screamed", "chanted", "agreed", "objected",
        "protested", "pleaded", "reminded", "clarified", "confided", "conceding", "explaining",
        "recalling", "suggesting", "complaining", "declaring", "predicting", "acknowledging",
        "condemning", "praising", "criticizing", "criticising", "blasting", "slamming", "mocking",
        "denouncing", "demanding", "vowing", "pledging", "promising", "announcing", "stressing",
        "reiterating", "lamenting", "offering", "dismissing", "decried", "decries", "decrying", "bemoaned",
        "bemoans", "bemoaning", "derided", "derides", "lambasted", "touted", "touts", "touting",
        "exhorted", "exhorts", "interjected", "interjects", "reacted", "boomed", "gushed", "implored",
        "intoned", "scolded", "worried", "worries", "estimated", "estimates", "welcomed", "welcomes",
        "mocks", "surmised", "remembered", "repeated", "agrees", "reckons", "reckoned", "beamed",
        "indicated", "indicates", "proposed", "proposes",
        "shouting", "screaming", "screams", "whispering", "thanked", "thanking",
        "wondering", "joking", "quipping", "boasting", "bragging", "bragged", "brags", "responding",
        "replying", "musing", "ranting", "ranted", "asserting", "retorting", "scoffing",
        // The present of verbs listed in the past that say speech and little else: not "slams the
        // door", "snaps a selfie", "remembers the days", "threatens to cut", nor a noun ("remarks").
        "alleges", "blames", "clarifies", "condemns", "confides", "criticizes", "criticises", "denounces", "gushes",
        "implores", "intones", "lambastes", "opines", "pleads", "ponders", "retorts", "scoffs", "scolds", "speculates",
        "surmises",
    ]

    /// Verbs that give something a name: the quoted name is the subject's words even when the
    /// thing named stands between ("Trump has called a CIA intelligence report … “ridiculous.”").
    static let namingVerbs: Set<String> = [
        "called", "calls", "calling", "described", "describes", "describing", "dubbed", "branded",
        "referred", "characterized", "characterised", "labeled", "labelled", "termed",
        "labels", "labeling", "labelling", "dubs", "dubbing", "branding", "characterizes", "characterizing",
        "characterises", "characterising", "refers", "describe",
        "cast", "casts", "casting", "portrayed", "portrays", "portraying", "derided", "derides", "deriding",
    ]

    /// Auxiliaries between a subject and its verb of saying: "Trump has called …". Not "was" or
    /// "is": "Trump was asked" names the one spoken to.
    static let auxiliaries: Set<String> = ["has", "had", "have", "will", "would", "did", "does"]

    /// Words that own the noun after them: "our Country", "his Party".
    static let possessiveDeterminers: Set<String> = ["our", "their", "his", "her", "its", "my", "your"]

    /// Words before a noun, besides articles and possessives, that make a word spelled as a verb
    /// of saying a noun: "such calls", "these claims".
    static let determiners: Set<String> = ["such", "these", "those"]

    /// The forms of "be" that make a verb in -ing progressive: "Cruz is praising Jeb Bush … as “…”".
    static let progressive: Set<String> = ["is", "was", "are", "were", "been"]

    /// A verb and its particle that together say someone spoke, neither a verb of saying alone:
    /// "“…,” Bennett shot back", "“…,” Scott pointed out", "“…,” Trump went on".
    static let phrasalSpeechVerbs: [String: Set<String>] = [
        "shot": ["back"], "fired": ["back"], "hit": ["back"], "pointed": ["out"], "went": ["on"], "chimed": ["in"],
        "cut": ["in"], "piped": ["up", "in"], "spoke": ["up", "out"], "summed": ["up"], "joked": ["back"],
        "put": ["it"], "puts": ["it"],
    ]

    /// Verbs by which one text or person passes on another's words: "Michele quotes Kirby as
    /// saying", "Frank quotes former Carter adviser Alfred Kahn:" — the words are the one quoted's.
    static let quotingVerbs: Set<String> = ["quotes", "quoted", "quoting"]

    /// What someone issues to say something: "Obama released a statement Thursday night
    /// condemning “…”" — the words are the issuer's.
    static let documents: Set<String> = [
        "statement", "message", "tweet", "letter", "post", "release", "note", "memo", "email", "op-ed",
        "column", "speech", "video", "ad", "editorial", "article", "paper", "photo", "study", "book", "headline",
        "lawsuit", "suit", "policies", "report", "readout", "outlook", "website", "survey", "questionnaire",
        "transcript", "filing", "ruling",
    ]

    /// The documents an organisation issues in its own name: "the IMF report stated", "the White
    /// House readout said".
    static let issuedDocuments: Set<String> = ["statement", "report", "readout", "release"]

    /// The part of an organisation that speaks for it, or what it issues: "MKS Pamp’s Asian trading
    /// desk", "Societe Generale’s technical analysis team", "TD’s latest note".
    static let speakingUnits: Set<String> = documents.union(["desk", "team"])

    /// Verbs whose object may be something said: "Rubio gave a roundabout answer.", "Obama had a
    /// good response."
    static let givingVerbs: Set<String> = [
        "gave", "gives", "had", "has", "offered", "offers", "delivered", "delivers", "provided", "provides",
    ]

    /// What such a verb gives that is something said: not a question, a call or letters, which
    /// someone else's words answer or fill.
    static let givenWords: Set<String> = [
        "answer", "response", "reply", "retort", "rebuttal", "warning", "message", "explanation", "remarks", "words",
        "assessment", "advice", "verdict", "prediction", "context", "testimony", "insight",
    ]

    /// The words that open a given answer: "gave a roundabout answer", "had his own response";
    /// not "had no answer", "has received".
    static let givenDeterminers: Set<String> = ["a", "an", "the", "his", "her", "their", "its", "this", "that", "some"]

    /// Verbs whose object is to say what follows "to": "allowing … Harry Reid to declare".
    static let lettingVerbs: Set<String> = [
        "allow", "allows", "allowed", "allowing", "let", "lets", "letting", "enable", "enabled", "enabling",
        "ask", "asks", "asked", "asking", "urge", "urged", "urging", "invite", "invited", "force", "forced",
    ]

    /// Lower-case words an apposition giving a role opens on: an article, or a word that ranks the
    /// role ("Brian Fallon, chief spokesman for the campaign"). Not "who", "and" or "speaking",
    /// which open a clause of the name's own ("Donald Trump, who fired his spokesman,").
    static let appositionOpenings: Set<String> = [
        "a", "an", "the", "chief", "senior", "former", "deputy", "lead", "top", "longtime", "veteran", "acting", "assistant",
    ]

    /// The Bible's books as news cites them, with a chapter alone ("He then quoted Proverbs 15,
    /// which says"): a number after another word is as often a date or a road ("on May 5",
    /// "Highway 61"). Folded.
    static let scriptureBooks: Set<String> = [
        "genesis", "exodus", "leviticus", "numbers", "deuteronomy", "joshua", "judges", "ruth", "samuel", "kings",
        "chronicles", "ezra", "nehemiah", "esther", "job", "psalm", "psalms", "proverbs", "ecclesiastes", "isaiah",
        "jeremiah", "lamentations", "ezekiel", "daniel", "hosea", "joel", "amos", "obadiah", "jonah", "micah",
        "nahum", "habakkuk", "zephaniah", "haggai", "zechariah", "malachi", "matthew", "mark", "luke", "john",
        "acts", "romans", "corinthians", "galatians", "ephesians", "philippians", "colossians", "thessalonians",
        "timothy", "titus", "philemon", "hebrews", "james", "peter", "jude", "revelation",
    ]

    /// Nouns for words passed on from someone: "a quote from Fyodor Dostoevsky’s the Brothers
    /// Karamazov", "The words of Confederate General Patrick R. Cleburne".
    static let passedWords: Set<String> = ["words", "quote", "quotation"]

    /// Words before "to" whose subject is the one who does what follows it: "EU Commissioner
    /// Timmermanns appeared to warn", "He went on to say", "Trump was quick to add". Keyed by the
    /// word right before "to"; a verb alone stands for itself, a particle or an adjective with the
    /// words that must stand before it ("went on", "was quick").
    static let subjectLendingVerbs: [String: Set<String>] = [
        "appear": [], "appeared": [], "appears": [], "seem": [], "seemed": [], "seems": [], "try": [], "tried": [], "tries": [],
        "seek": [], "sought": [], "proceed": [], "proceeded": [], "hastened": [], "rushed": [],
        "continue": [], "continued": [], "continues": [],
        "on": ["went", "goes", "go", "going"],
        "quick": ["was", "is", "were", "are"], "careful": ["was", "is", "were", "are"], "eager": ["was", "is", "were", "are"],
    ]

    /// Verbs that say the one speaking goes on: the last one quoted, whatever paragraphs naming no
    /// one stand between.
    static let continuingVerbs: Set<String> = ["continued", "continues", "added", "adds"]

    /// Verbs of asking: their subject puts the question, and the answer is someone else's.
    static let askingVerbs: Set<String> = ["asked", "asks", "asking", "wondered", "questioned", "pressed"]

    /// Verbs of saying that may stand before their subject ("“…,” said Konashenkov"); after the
    /// others a name is the one spoken to ("told the Daily Beast").
    static let subjectAfterVerbs: Set<String> = ["said", "says", "added", "adds", "wrote", "writes", "continued", "explained", "noted", "recalled", "replied"]

    /// Titles any adult may be given, which say nothing of an office: "Mr. Nevins of Showtime" is
    /// Mr. Nevins, who works at Showtime.
    static let courtesyTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr"]

    /// Titles and ranks written before a name; never part of the canonical name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "gen", "general", "maj", "major", "col", "colonel", "lt", "lieutenant", "capt", "captain", "sgt",
        "sergeant", "adm", "admiral", "cmdr", "commander", "brig", "brigadier", "marshal", "cpl", "pvt",
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
        "gov", "governor", "mayor", "judge", "justice", "chancellor", "ambassador", "envoy", "chairman",
        "chairwoman", "chair", "king", "queen", "prince", "princess", "pope", "sheikh", "ayatollah",
        "imam", "rabbi", "father", "bishop", "archbishop", "cardinal", "patriarch", "former", "retired", "deputy", "acting",
        "chief", "spokesman", "spokeswoman", "spokesperson", "anchor", "host", "director", "head",
        "leader", "commissioner", "attorney", "inspector", "congressman", "congresswoman", "speaker",
        "sheriff", "alderman", "alderwoman", "whip", "advocate", "adviser", "advisor", "ceo", "actor", "actress",
    ]

    /// Titles that are also common surnames (Peter King, John Major, Rob Bishop): written alone
    /// with a capital and no article, the surname.
    static let titleSurnames: Set<String> = ["king", "bishop", "prince", "major", "judge", "marshal", "chancellor"]

    /// Nouns by which an article refers back to someone already named: "the general said".
    static let roles: Set<String> = groupRoles.union([
        "general", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "official",
        "officer", "aide", "adviser", "advisor", "colonel", "commander", "anchor", "host", "senator", "governor", "mayor", "ambassador",
        "envoy", "diplomat", "secretary", "chairman", "leader", "director", "chief", "expert", "analyst",
        "journalist", "reporter", "author", "writer", "professor", "lawmaker", "congressman", "candidate", "hopeful",
        "congresswoman", "pope", "pontiff", "judge", "justice", "rabbi", "bishop", "cardinal", "imam", "sheriff",
        "commissioner", "chancellor", "chairwoman", "king", "queen", "prince", "princess", "ceo", "manager",
        "ministry", "department", "agency", "government", "kremlin", "pentagon", "commission",
        "committee", "council", "military", "army", "police", "statement", "report", "embassy",
    ])

    /// Roles of people who speak for someone else: "the spokesman said" means only a person the
    /// text gave the role, never the one named before whom they speak for ("Cameron will work …,
    /// the prime minister’s spokesman said. ⏎ “…,” the spokesman said"); "a spokesman for Trump"
    /// is not Trump.
    static let proxyRoles: Set<String> = Set(proxyRoleKinds.joined())

    /// The proxy roles by what they do, each one's words standing for one another: the text may
    /// call an adviser "the aide" and an attorney "the lawyer".
    static let proxyRoleKinds: [[String]] = [
        ["spokesman", "spokeswoman", "spokesperson"], ["aide", "adviser", "advisor"], ["attorney", "lawyer"], ["manager"],
    ]

    /// Who someone is to another, which describes them before their name as a noun for what they
    /// do does ("his friend Mahamat Saleh Oumar told the website", "his son, … Richard Allen
    /// Claybrook Jr."); not roles: "the widow said" is not the man named dead before.
    static let relations: Set<String> = [
        "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "friend", "cousin",
        "uncle", "aunt", "niece", "nephew", "colleague", "neighbor", "neighbour", "widow", "girlfriend", "boyfriend",
    ]

    /// The pronoun a relation of one gender stands in for, as an epithet: "the loving father
    /// maintained" is "he maintained".
    static let relationPronouns: [String: String] = [
        "son": "he", "husband": "he", "father": "he", "brother": "he", "uncle": "he", "nephew": "he", "boyfriend": "he",
        "daughter": "she", "wife": "she", "mother": "she", "sister": "she", "aunt": "she", "niece": "she", "widow": "she",
        "girlfriend": "she",
    ]

    /// Nouns for people who speak as one, named by what they belong to or whose they are:
    /// "Kremlin sources", "FBI officials", "the Clinton campaign", "the Trump transition team".
    static let groupNouns: Set<String> = [
        "sources", "officials", "officers", "spokesmen", "analysts", "experts", "lawmakers", "leaders",
        "aides", "investigators", "prosecutors", "researchers", "scientists", "diplomats", "authorities",
        "campaign", "team", "transition", "administration", "camp", "family", "office",
        "supporters", "protesters", "voters", "backers", "allies", "critics", "opponents", "donors", "staffers", "fans",
    ]

    /// Role nouns that name an organisation rather than a person.
    static let organisationRoles: Set<String> = groupRoles.union([
        "ministry", "department", "agency", "government", "kremlin", "pentagon", "commission",
        "committee", "council", "military", "army", "police", "statement", "report", "embassy",
    ])

    /// Organisation roles that stand for an organisation named as a sentence's subject before
    /// ("The NRA also said … ⏎ “…,” the group said"); the others ("the ministry") are matched to
    /// an organisation quoted before by the word.
    static let groupRoles: Set<String> = [
        "group", "company", "organization", "organisation", "firm", "association", "foundation", "union",
    ]

    /// Words that make a name an organisation's: "Russian Ministry of Defense".
    static let organisationWords: Set<String> = [
        "ministry", "department", "commission", "agency", "council", "office", "army", "forces", "force",
        "committee", "party", "government", "kremlin", "pentagon", "house", "news", "times", "post",
        "press", "network", "tv", "institute", "foundation", "university", "bank", "court", "police",
        "service", "services", "organization", "organisation", "union", "front", "group", "coalition",
        "administration", "embassy", "command", "navy", "nations", "reuters", "guardian", "media",
        "observatory", "monitor", "corporation", "inc", "company", "center", "centre", "church",
        "association", "federation", "league", "society", "caucus", "report", "panel", "board",
    ]

    /// News outlets: when one "reports" a quotation, it passes it on rather than speaks it, so it
    /// is the speaker only when the article names no one else.
    static let outlets: Set<String> = [
        "reuters", "ap", "afp", "rt", "sputnik", "tass", "ria novosti", "the guardian", "guardian", "bbc",
        "cnn", "fox news", "the new york times", "new york times", "the washington post", "washington post",
        "al jazeera", "bloomberg", "the independent", "the telegraph", "daily mail", "the daily mail",
        "nbc", "abc", "cbs", "npr", "politico", "the hill", "breitbart", "infowars", "associated press",
        "the associated press", "xinhua", "anadolu", "press tv", "southfront", "zero hedge",
    ]

    /// Short forms of titles, so "Gen. Igor Konashenkov" is a general when "the general" speaks.
    static let titleAbbreviations: [String: String] = [
        "gen": "general", "maj": "major", "col": "colonel", "lt": "lieutenant", "capt": "captain",
        "sgt": "sergeant", "adm": "admiral", "sen": "senator", "rep": "representative", "gov": "governor",
        "prof": "professor", "cmdr": "commander", "brig": "brigadier",
    ]

    /// Words that end with a colon like a speaker's name but announce something else.
    static let notSpeakers: Set<String> = [
        "breaking", "update", "updated", "note", "editor's note", "source", "sources", "watch", "read",
        "photo", "video", "related", "warning", "transcript", "summary", "background", "tags", "share",
        "via", "credit", "image", "listen", "cc", "bcc", "from", "to", "subject", "date", "re", "fwd", "see also", "important", "exclusive", "analysis", "opinion",
    ]

    /// Capitalised words that start sentences but never names: "But Oliver said" names Oliver.
    /// Days and the months no one is named after: they name no one, and a date between a verb
    /// and a quotation does not make it someone else's ("said again on Sunday that …").
    static let calendar: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "july", "september", "october", "november", "december",
    ]

    /// Words that join a participle to the clause whose subject does it: "before asking her".
    static let participleLinks: Set<String> = ["before", "after", "while", "when", "by", "without"]

    /// What shows someone doing a thing: "footage of Hillary Clinton asking, “…”".
    static let showingNouns: Set<String> = ["footage", "video", "clip", "account", "recording", "tape", "audio", "images", "photo"]

    /// What a time phrase between a subject and its verb may hold besides a day or a month ("Sanders
    /// on Tuesday night warned", "Priebus later Thursday told", "Clinton last night said"): the
    /// words that open one, and the parts of a day or the spans that close one.
    static let timeOpeners: Set<String> = ["on", "last", "this", "late", "early", "earlier", "later"]
    static let timesOfDay: Set<String> = ["night", "morning", "afternoon", "evening", "week"]

    /// Days named from the day of writing: "today", "yesterday".
    static let relativeDays: Set<String> = ["yesterday", "today", "tomorrow", "tonight"]

    static let notNames: Set<String> = possessiveDeterminers.union(calendar).union(relativeDays).union([
        "but", "and", "or", "so", "yet", "nor", "those", "these", "this", "that", "there", "here", "it",
        "additionally", "however", "meanwhile", "also",
        "then", "when", "while", "after", "before", "if", "as",
        "now", "still", "even", "instead", "indeed", "later", "earlier", "finally", "first", "last",
        "some", "many", "most", "all", "both", "each", "every", "other", "others", "another", "one",
        "we", "they", "i", "me", "you", "what", "who",
        "why", "how", "where", "which", "since", "because", "although", "though", "unless", "until",
        "update", "breaking",
        "republicans", "democrats", "officials", "like", "unlike", "whether",
        "eventually", "ultimately", "initially", "apparently", "unfortunately", "fortunately", "recently",
        "previously", "currently", "clearly", "obviously", "behind", "something", "nothing", "everything",
        "anything", "someone", "everyone", "nobody", "somebody", "despite", "among", "without",
        "within", "toward", "towards", "perhaps", "maybe", "sometimes",
        "often", "never", "always", "soon", "once",
        "again", "together", "nevertheless", "furthermore", "moreover", "thus", "therefore", "hence",
        "otherwise", "besides", "anyway", "across", "amid", "around", "beyond", "throughout", "inside",
        "outside", "upon", "via", "near", "along", "below", "above", "beneath", "only", "just",
        "following", "alongside", "amongst", "between", "regarding", "concerning",
    ])
        // Every preposition but "of", inside names ("Ministry of Defense"), and "from", a surname too (Al From).
        .union(prepositions.subtracting(["of", "from"]))

    /// Party and camp words: capitalised, they name no one ("Republican said" is not a name), but
    /// they may describe the speaker before a name ("says Republican political consultant Frank Luntz").
    static let affiliations: Set<String> = ["republican", "democrat", "democratic", "conservative", "liberal"]

    /// Endings of nouns for what a person does ("consultant", "strategist", "lawyer", "professor",
    /// "historian", "spokeswoman"): the word before a name that such a noun describes.
    static let agentNounEndings: [String] = ["ant", "ist", "er", "or", "man", "woman", "ian"]

    /// Nouns for what a person does that no ending tells ("said retired neurosurgeon Ben Carson",
    /// "the billionaire business mogul told People").
    static let occupations: Set<String> = [
        "surgeon", "neurosurgeon", "physician", "doctor", "nurse", "executive", "nominee", "employee",
        "trustee", "mogul", "tycoon", "billionaire", "millionaire", "pundit", "coach", "student", "priest",
        "pastor", "chef", "entrepreneur", "attorney", "lawyer", "economist", "veteran", "celebrity",
        "critic",
    ]

    static let personPronouns: Set<String> = ["he", "she"]

    /// Words after a name that go on its clause, not a noun it describes: "said Smith, who …",
    /// "said Kasich himself", "said Trump is …".
    static let clauseWords: Set<String> = ["who", "whose", "which", "himself", "herself", "is", "was"]

    /// Words that introduce someone not named: "a senior official", "one diplomat", "some protesters".
    static let indefinites: Set<String> = ["a", "an", "one", "another", "some"]

    /// Nouns for many people at once, as a description ends on them: "the crowd chanted".
    static let crowds: Set<String> = ["crowd", "audience", "pair", "couple", "two", "three", "four", "both"]

    /// Who a poll or a crowd is made of, or who speaks unnamed, which ends a description of
    /// someone as a role does ("said one party activist", "wrote one Sanders supporter", "one
    /// Trump campaign source said", "one user wrote"), and names no one: no role to resolve to
    /// whoever holds it.
    static let describedPeople: Set<String> = [
        "republican", "democrat", "independent", "voter", "resident", "supporter", "respondent", "delegate",
        "donor", "strategist", "operative", "insider", "activist", "protester", "source", "confidant", "user",
        "person", "man", "woman", "representative",
    ]

    /// Adverbs that stand between a subject and its verb of saying ("Konashenkov also said"),
    /// besides the words in -ly; so does a pronoun stressing the subject ("Sanders himself acknowledged").
    static let adverbs: Set<String> = [
        "also", "later", "then", "again", "once", "earlier", "previously", "further", "recently", "however",
        "now", "still", "even", "already", "often", "always", "just", "soon", "himself", "herself", "itself", "themselves",
    ]

    /// The words that join two clauses or the items of a list as equals.
    static let coordinators: [String] = ["and", "but", "or"]

    /// Nouns for what someone said or wrote: a quotation after them is the words of whoever they
    /// are of, whatever phrase comes between ("Trump's promise during the debate to “…”").
    static let speechNouns: Set<String> = documents.union([
        "promise", "promises", "remark", "remarks", "comment", "comments", "pledge", "claim", "claims", "vow",
        "words", "line", "call", "warning", "question", "answer", "response", "reply", "assertion", "argument",
    ])

    /// Relative pronouns for people: the clause they open has a subject of its own.
    static let personRelatives: Set<String> = ["who", "whom", "whose"]

    /// Words opening a clause whose subject may be another than the one of a verb of saying before
    /// it: "said he would win …, but voters in the state have long considered his campaign a “…”".
    static let otherClauseOpeners: Set<String> = [
        "but", "yet", "while", "whereas", "although", "though", "despite", "because", "since", "unless", "when", "which", "whom",
        "whose",
    ]

    /// Words after which a clause, and so a subject, begins.
    static let clauseOpeners: Set<String> = [
        "and", "but", "while", "as", "when", "after", "before", "because", "since", "then", "so", "although", "though", "where",
    ]

    /// Words opening a clause that leans on the sentence's main one ("After Scalia said …, Trump
    /// said:"): what that clause says is not the main clause's. The clause openers but those that
    /// join two clauses as equals and "where", which opens a place's clause, and three that are
    /// no clause openers elsewhere.
    static let subordinators: Set<String> = clauseOpeners.subtracting(["and", "but", "then", "so", "where"]).union(["if", "once", "until"])

    /// Prepositions: a name after one is its object, not the subject of a verb of saying ("the
    /// president of the … Conference noted"), and one ends the words describing a speaker ("said
    /// Obama’s team to CNN anchor Jake Tapper").
    static let prepositions: Set<String> = [
        "of", "to", "for", "with", "at", "from", "by", "in", "on", "about", "against", "into", "during", "over",
        "under", "through",
    ]

    /// Lower-case words that may join the parts of a name: "Ministry of Defense", "Bashar al Assad".
    static let nameConnectors: Set<String> = ["of", "de", "da", "del", "di", "al", "el", "bin", "ibn", "van", "von", "der", "la", "le", "for", "and"]

    /// Words after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "gen", "col", "lt", "sgt", "capt", "maj", "adm", "mr", "mrs", "ms", "dr", "prof", "sen", "rep",
        "gov", "st", "jr", "sr", "no", "vs", "etc", "inc", "co", "corp", "rev", "dept", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "mt",
    ]
    /// In bytes: the entries are ASCII, so a word with more bytes is none of them.
    static let longestAbbreviation = abbreviations.map(\.utf8.count).max()!

    /// What the lists above say of one word, looked up once when a sentence is split into words:
    /// the sieves ask of every word whether it is a verb of saying or may stand in a name, and
    /// of many whether they are a preposition, a day or a document. Asked of the list itself,
    /// each question made a lower-cased String of the word and hashed it: 8% of the parse.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt32
        static let speechVerb = WordClass(rawValue: 1 << 0)
        static let title = WordClass(rawValue: 1 << 1)
        static let role = WordClass(rawValue: 1 << 2)
        static let nameConnector = WordClass(rawValue: 1 << 3)
        static let personPronoun = WordClass(rawValue: 1 << 4)
        /// "the", "a", "an".
        static let article = WordClass(rawValue: 1 << 5)
        /// A title, or a word with a title among its hyphenated parts: "Major-General".
        static let titled = WordClass(rawValue: 1 << 6)
        static let notName = WordClass(rawValue: 1 << 7)
        static let organisationWord = WordClass(rawValue: 1 << 8)
        /// "according", listed with the verbs of saying too: it names a source, not someone speaking.
        static let according = WordClass(rawValue: 1 << 9)
        static let adverb = WordClass(rawValue: 1 << 10)
        static let group = WordClass(rawValue: 1 << 11)
        static let affiliation = WordClass(rawValue: 1 << 12)
        static let namingVerb = WordClass(rawValue: 1 << 13)
        static let auxiliary = WordClass(rawValue: 1 << 14)
        static let relation = WordClass(rawValue: 1 << 15)
        static let preposition = WordClass(rawValue: 1 << 16)
        static let clauseOpener = WordClass(rawValue: 1 << 17)
        static let calendar = WordClass(rawValue: 1 << 18)
        static let relativeDay = WordClass(rawValue: 1 << 19)
        static let timeOpener = WordClass(rawValue: 1 << 20)
        static let timeOfDay = WordClass(rawValue: 1 << 21)
        static let document = WordClass(rawValue: 1 << 22)
        static let indefinite = WordClass(rawValue: 1 << 23)
        static let possessiveDeterminer = WordClass(rawValue: 1 << 24)
        static let askingVerb = WordClass(rawValue: 1 << 25)
        static let progressive = WordClass(rawValue: 1 << 26)
        static let quotingVerb = WordClass(rawValue: 1 << 27)
        static let participleLink = WordClass(rawValue: 1 << 28)
        static let subjectAfterVerb = WordClass(rawValue: 1 << 29)
        /// A verb that says someone spoke with a particle after it (`phrasalSpeechVerbs`): "shot".
        static let phrasalVerb = WordClass(rawValue: 1 << 30)
        static let determiner = WordClass(rawValue: 1 << 31)
    }

    /// The lists above as one table. A loop that classifies many words reads it once and passes
    /// it in, as fetching a global costs a call each time.
    static let wordClasses: ShortWordTable<WordClass> = {
        var classes: [String: WordClass] = [:]
        let lists: [(Set<String>, WordClass)] = [
            (speechVerbs, .speechVerb), (titles, [.title, .titled]), (roles, .role), (nameConnectors, .nameConnector),
            (personPronouns, .personPronoun), (["the", "a", "an"], .article), (["according"], .according),
            (adverbs, .adverb), (notNames, .notName), (affiliations, [.notName, .affiliation]), (organisationWords, .organisationWord), (groupNouns, .group),
            (namingVerbs, .namingVerb), (auxiliaries, .auxiliary), (relations, .relation),
            (prepositions, .preposition), (clauseOpeners, .clauseOpener), (calendar, .calendar),
            (relativeDays, .relativeDay), (timeOpeners, .timeOpener), (timesOfDay, .timeOfDay), (documents, .document),
            (indefinites, .indefinite), (possessiveDeterminers, .possessiveDeterminer), (askingVerbs, .askingVerb),
            (progressive, .progressive), (quotingVerbs, .quotingVerb), (participleLinks, .participleLink),
            (subjectAfterVerbs, .subjectAfterVerb), (Set(phrasalSpeechVerbs.keys), .phrasalVerb), (determiners, .determiner),
        ]
        for (words, wordClass) in lists {
            for word in words { classes[word, default: []].insert(wordClass) }
        }
        return ShortWordTable(classes.map { ($0.key, $0.value) })
    }()

    /// The class of a word as it stands in the text, in any case. The lists are ASCII, so a word
    /// with other letters ("Syria’s") is none of them, but for a pronoun with "is" or "has"
    /// joined ("He’s", a pronoun still); of its hyphenated parts, those in ASCII are
    /// still read ("Vice-Présidente" has the title "vice").
    static func wordClass(of word: UnsafeBufferPointer<UInt8>, in table: ShortWordTable<WordClass>) -> WordClass {
        let found = table.value(forASCIILowercasing: word) ?? []
        // "He’s claiming", "she's": a pronoun with "is" or "has" joined to it is still the pronoun;
        // "That’s why", "It’s" still name no one.
        if found.isEmpty, case let joined = Passage.apostropheSLength(word), joined > 0, word.count - joined <= 5,
           let stem = table.value(forASCIILowercasing: UnsafeBufferPointer(rebasing: word[..<(word.count - joined)])) {
            return stem.intersection([.personPronoun, .notName])
        }
        guard word.contains(UInt8(ascii: "-")), word.split(separator: UInt8(ascii: "-")).contains(where: { part in
            table.value(forASCIILowercasing: UnsafeBufferPointer(rebasing: part))?.contains(.title) == true
        }) else { return found }
        return found.union(.titled)
    }
}
