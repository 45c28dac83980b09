/// First names common in the news the corpora hold, by the sex they usually name, so that "he"
/// and "she" are not resolved to a person of the other: data, to be added to, not a rule.
/// Names given to both (Jordan, Taylor, Kim) are in neither list.
enum FirstNames {
    static let female: Set<String> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "dorothy", "carol", "amanda", "melissa", "deborah", "debbie", "stephanie", "rebecca", "sharon", "laura",
        "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "nicole", "emma",
        "samantha", "katherine", "christine", "helen", "debra", "rachel", "carolyn", "janet", "catherine",
        "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly",
        "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline",
        "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail",
        "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly",
        "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori",
        "hillary", "melania", "ivanka", "meghan", "megyn", "sonia", "kellyanne", "michele", "condoleezza", "nikki", "elise", "kirsten",
        "tulsi", "ilhan", "alexandria", "marine", "yoko", "oprah", "jenny", "huma", "chelsea",
        "loretta", "hope", "sheryl", "valerie", "sally", "kamala", "dianne", "liz", "betsy", "kate",
        "alison", "allison", "anne", "annie", "audrey", "beth", "bonnie", "carla", "carmen", "caroline",
        "cassandra", "claire", "claudia", "colleen", "connie", "courtney", "dolores", "eileen",
        "elaine", "eleanor", "elena", "ella", "ellen", "erica", "erin", "esther", "eva", "felicia",
        "gail", "gina", "gwen", "irene", "jane", "jeanne", "jeanette", "jill", "joanna", "jodi",
        "josephine", "julia", "kathy", "katie", "kristen", "kristin", "leah", "leslie", "lillian",
        "lily", "lindsay", "lois", "lorraine", "lucy", "madeline", "marcia", "marsha", "melanie",
        "meredith", "mildred", "miranda", "molly", "monica", "nadia", "naomi", "nina", "nora", "paula",
        "peggy", "phyllis", "priscilla", "rhonda", "rita", "roberta", "rosa", "rosemary", "roxanne",
        "sheila", "sherry", "stacy", "suzanne", "sylvia", "tammy", "tanya", "tara", "tiffany", "tina",
        "ursula", "vanessa", "vera", "veronica", "vicki", "wanda", "wendy", "yvonne", "zoe",
        "madeleine", "maxine", "carly",
    ]

    static let male: Set<String> = [
        "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
        "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "walter", "ethan",
        "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin",
        "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "billy", "bruce", "albert", "willie",
        "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell",
        "elijah", "louis", "bobby", "philip", "johnny", "barack", "bill", "mitt", "mike", "rex", "vladimir",
        "sergei", "sergey", "dmitry", "igor", "bernie", "ted", "marco", "newt", "rudy", "chris", "jeb", "tim",
        "rand", "lindsey", "mitch", "chuck", "harry", "nigel", "boris", "emmanuel", "recep", "bashar",
        "rodrigo", "xi", "kim", "ben", "dan", "jim", "tom", "bob", "steve", "jeff", "rick", "reince",
        "luis", "carlos", "jorge", "miguel", "pedro", "pablo", "diego", "alejandro", "fernando", "manuel",
        "antonio", "francisco", "rafael", "ricardo", "sergio", "javier",
        "joel", "alex", "bernard", "bradley", "charlie", "clarence", "craig", "darrell", "dave",
        "derek", "devin", "dick", "don", "doug", "duncan", "dustin", "dwight", "earl", "eddie",
        "elliot", "ernest", "evan", "fred", "frederick", "gene", "geoffrey", "glenn", "greg", "harvey",
        "hank", "herbert", "hugh", "ian", "isaac", "jake", "jared", "jay", "jerome", "jimmy", "jon",
        "josh", "julian", "ken", "leon", "leonard", "luke", "marc", "marvin", "matt", "maurice",
        "mitchell", "nathaniel", "neil", "nick", "oliver", "oscar", "pete", "phil", "phillip",
        "roberto", "rod", "rodney", "ron", "sam", "seth", "shawn", "stuart", "todd", "tommy", "tony",
        "travis", "trey", "troy", "victor", "vince", "wesley", "zach", "corey", "viktor", "nikolai",
        "alexei", "yuri", "andrei", "mikhail", "ahmed", "mohammed", "muhammad", "ali", "hassan", "omar",
        "mahmoud", "abdul", "francois", "pierre", "jacques", "michel", "klaus", "hans", "jurgen",
        "wolfgang", "helmut", "shinzo", "narendra", "malcolm",
    ]

    /// Whether a lower-case word is a first name of either list.
    static func contains(_ word: String) -> Bool { male.contains(word) || female.contains(word) }
}
