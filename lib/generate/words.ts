/**
 * Word lists for synthetic profiles. Each entry pairs an English word with a kana reading of its
 * Japanese counterpart, so a name and its reading are built from the same picks.
 */
export type Word = readonly [en: string, kana: string];

/** First word of a job title. */
export const QUALIFIERS: readonly Word[] = [
  ["Senior", "しにあ"], ["Junior", "じゅにあ"], ["Chief", "ちーふ"], ["Assistant", "あしすたんと"], ["Lead", "りーど"],
  ["Associate", "あそしえいと"], ["Regional", "ちいき"], ["Field", "げんば"], ["Clinical", "りんしょう"], ["Digital", "でじたる"],
  ["Industrial", "さんぎょう"], ["Municipal", "しせい"], ["Marine", "かいよう"], ["Agricultural", "のうぎょう"], ["Urban", "としん"],
  ["Rural", "のうそん"], ["Public", "こうきょう"], ["Private", "みんかん"], ["International", "こくさい"], ["Domestic", "こくない"],
  ["Mobile", "もばいる"], ["Technical", "ぎじゅつ"], ["Creative", "くりえいてぃぶ"], ["Environmental", "かんきょう"], ["Forensic", "ほうかがく"],
  ["Structural", "こうぞう"], ["Veterinary", "じゅうい"], ["Pediatric", "しょうに"], ["Geriatric", "ろうねん"], ["Maritime", "かいじ"],
  ["Aviation", "こうくう"], ["Railway", "てつどう"], ["Textile", "せんい"], ["Culinary", "ちょうり"], ["Logistics", "ぶつりゅう"],
  ["Energy", "えねるぎー"], ["Nuclear", "げんしりょく"], ["Solar", "たいようこう"], ["Wind", "ふうりょく"], ["Water", "すいどう"],
  ["Forest", "しんりん"], ["Mining", "こうざん"], ["Chemical", "かがく"], ["Pharmaceutical", "せいやく"], ["Dental", "しか"],
  ["Optical", "こうがく"], ["Acoustic", "おんきょう"], ["Legal", "ほうむ"], ["Financial", "きんゆう"], ["Retail", "こうり"],
  ["Wholesale", "おろしうり"], ["Hospitality", "しゅくはく"], ["Museum", "はくぶつかん"], ["Library", "としょかん"], ["Broadcast", "ほうそう"],
  ["Printing", "いんさつ"], ["Security", "けいび"], ["Emergency", "きゅうきゅう"], ["Quality", "ひんしつ"], ["Research", "けんきゅう"],
];

/** Middle word: what the work is about. */
export const SUBJECTS: readonly Word[] = [
  ["Data", "でーた"], ["Network", "ねっとわーく"], ["Software", "そふとうぇあ"], ["Hardware", "はーどうぇあ"], ["Database", "でーたべーす"],
  ["Payroll", "きゅうよ"], ["Tax", "ぜいむ"], ["Audit", "かんさ"], ["Insurance", "ほけん"], ["Credit", "しんよう"],
  ["Customs", "ぜいかん"], ["Freight", "かもつ"], ["Warehouse", "そうこ"], ["Inventory", "ざいこ"], ["Procurement", "ちょうたつ"],
  ["Patient", "かんじゃ"], ["Nursing", "かんご"], ["Pharmacy", "やっきょく"], ["Laboratory", "けんさしつ"], ["Radiology", "ほうしゃせん"],
  ["Rehabilitation", "りはびり"], ["Nutrition", "えいよう"], ["Childcare", "ほいく"], ["Eldercare", "かいご"], ["Counseling", "そうだん"],
  ["Bridge", "きょうりょう"], ["Tunnel", "とんねる"], ["Road", "どうろ"], ["Harbor", "こうわん"], ["Airport", "くうこう"],
  ["Building", "けんちく"], ["Plumbing", "はいかん"], ["Electrical", "でんき"], ["Welding", "ようせつ"], ["Machining", "せっさく"],
  ["Assembly", "くみたて"], ["Packaging", "ほうそう"], ["Food", "しょくひん"], ["Beverage", "いんりょう"], ["Bakery", "せいぱん"],
  ["Garden", "ぞうえん"], ["Crop", "さくもつ"], ["Livestock", "ちくさん"], ["Fishery", "ぎょぎょう"], ["Timber", "もくざい"],
  ["Book", "しょせき"], ["Magazine", "ざっし"], ["Film", "えいが"], ["Music", "おんがく"], ["Game", "げーむ"],
  ["Fashion", "ふぁっしょん"], ["Interior", "いんてりあ"], ["Jewelry", "ほうしょく"], ["Cosmetics", "けしょうひん"], ["Furniture", "かぐ"],
  ["Hotel", "ほてる"], ["Travel", "りょこう"], ["Event", "いべんと"], ["Sports", "すぽーつ"], ["Fitness", "ふぃっとねす"],
  ["Court", "さいばん"], ["Patent", "とっきょ"], ["Contract", "けいやく"], ["Labor", "ろうどう"], ["Election", "せんきょ"],
  ["Tourism", "かんこう"], ["Translation", "ほんやく"], ["Survey", "そくりょう"], ["Weather", "きしょう"], ["Satellite", "えいせい"],
  ["Battery", "でんち"], ["Robot", "ろぼっと"], ["Sensor", "せんさー"], ["Vehicle", "しゃりょう"], ["Ship", "せんぱく"],
  ["Elevator", "しょうこうき"], ["Boiler", "ぼいらー"], ["Pipeline", "ぱいぷらいん"], ["Waste", "はいきぶつ"], ["Recycling", "りさいくる"],
];

/** Last word: the role. */
export const ROLES: readonly Word[] = [
  ["Analyst", "ぶんせきいん"], ["Engineer", "ぎし"], ["Technician", "ぎのういん"], ["Manager", "かんりしゃ"], ["Coordinator", "ちょうせいいん"],
  ["Inspector", "けんさいん"], ["Planner", "けいかくいん"], ["Designer", "でざいなー"], ["Consultant", "こんさるたんと"], ["Specialist", "せんもんか"],
  ["Operator", "おぺれーたー"], ["Supervisor", "かんとく"], ["Clerk", "じむいん"], ["Officer", "たんとうかん"], ["Advisor", "あどばいざー"],
  ["Instructor", "しどういん"], ["Researcher", "けんきゅういん"], ["Mechanic", "せいびし"], ["Installer", "せっちこう"], ["Estimator", "せきさんし"],
  ["Scheduler", "こうていかんり"], ["Auditor", "かんさにん"], ["Trainer", "とれーなー"], ["Director", "でぃれくたー"], ["Assessor", "さていにん"],
  ["Curator", "がくげいいん"], ["Editor", "へんしゅうしゃ"], ["Producer", "ぷろでゅーさー"], ["Buyer", "ばいやー"], ["Broker", "なかがいにん"],
  ["Dispatcher", "はいしゃがかり"], ["Surveyor", "そくりょうし"], ["Programmer", "ぷろぐらまー"], ["Architect", "せっけいし"], ["Attendant", "かかりいん"],
  ["Examiner", "しけんかん"], ["Agent", "だいりにん"], ["Representative", "たんとうしゃ"], ["Administrator", "かんりにん"], ["Therapist", "りょうほうし"],
];

/** Synonyms of roles, for aliases. */
export const ROLE_SYNONYMS: readonly string[] = [
  "Specialist", "Officer", "Professional", "Worker", "Staff Member", "Practitioner", "Expert", "Hand", "Agent", "Associate",
];

/** Tier names: 20 sectors, each a Major tier. */
export const SECTORS: readonly string[] = [
  "Management", "Business and Finance", "Computing and Mathematics", "Architecture and Engineering", "Life and Physical Science",
  "Community and Social Service", "Legal", "Education and Library", "Arts and Media", "Healthcare Practice",
  "Healthcare Support", "Protective Service", "Food Preparation", "Building and Grounds", "Personal Care",
  "Sales", "Office Support", "Farming and Fishing", "Construction and Extraction", "Production and Transport",
];

export const AREAS: readonly string[] = [
  "Operations", "Planning", "Analysis", "Support", "Maintenance", "Design", "Inspection", "Research", "Services", "Administration",
  "Installation", "Repair", "Sales", "Training", "Safety", "Quality", "Logistics", "Records", "Production", "Care",
];

export const GROUP_WORDS: readonly string[] = [
  "Workers", "Professionals", "Technicians", "Specialists", "Managers", "Operators", "Assistants", "Officers", "Inspectors", "Clerks",
];

export const TRAITS: readonly string[] = [
  "Careful", "Patient", "Curious", "Calm under pressure", "Cooperative", "Observant", "Persistent", "Organised", "Friendly",
  "Decisive", "Adaptable", "Honest", "Methodical", "Imaginative", "Independent", "Strong sense of responsibility", "Punctual",
  "Outgoing", "Diplomatic", "Energetic", "Thorough", "Resourceful", "Practical", "Analytical",
];

export const SKILLS: readonly string[] = [
  "Spreadsheet modelling", "Technical drawing", "Report writing", "Customer service", "Project scheduling", "Budgeting",
  "Statistics", "Negotiation", "Public speaking", "First aid", "Forklift operation", "Quality inspection", "Inventory control",
  "Safety procedures", "Team leadership", "Contract law basics", "Business English", "Bookkeeping", "Programming",
  "SQL", "Data visualisation", "Equipment maintenance", "Troubleshooting", "Time management", "Record keeping",
  "Presentation", "Risk assessment", "Regulatory compliance", "Machine operation", "Welding", "Blueprint reading",
  "Interviewing", "Sales techniques", "Scheduling", "Training others", "Research methods", "Photography",
  "Copy editing", "Translation", "Driving licence", "Crane operation", "Food hygiene", "Pharmacology", "Anatomy",
  "Accounting software", "CAD", "Surveying", "Electrical wiring", "Plumbing codes", "Nutrition planning",
];

export const APTITUDES: readonly string[] = [
  "Attention to Detail", "Stress Tolerance", "Physical Stamina & Endurance", "Collaboration & Teamwork", "Communication Skills",
  "Empathy", "Numerical Reasoning", "Spatial Awareness", "Creativity", "Leadership", "Manual Dexterity", "Logical Thinking",
  "Memory", "Persuasion", "Self-discipline", "Curiosity", "Patience", "Flexibility",
];

export const REASONS: readonly string[] = [
  "because small mistakes can be costly and are hard to undo",
  "because deadlines and sudden changes are part of the job",
  "because the work involves long hours on foot",
  "because most tasks are shared with colleagues from other teams",
  "because information must be passed on clearly and accurately",
  "because clients often come with worries as well as requests",
  "because figures must be checked and compared every day",
  "because the work follows established procedures",
  "because routine tasks leave little room for new ideas",
  "because the role rarely involves leading others",
];

export const SENTENCES: readonly string[] = [
  "The work combines routine tasks with problems that need judgement on the spot.",
  "Most of the day is spent with colleagues, clients or members of the public.",
  "Records are kept carefully so that others can follow the work later.",
  "Tools and systems change often, so learning never really stops.",
  "Safety rules and regulations shape how each task is carried out.",
  "Small teams share the work and cover for each other during busy periods.",
  "Results are checked against plans, budgets and quality standards.",
  "Experience in related roles is valued as much as formal qualifications.",
  "Some tasks are done outdoors or on site, whatever the weather.",
  "Reports and short presentations explain the results to managers.",
  "Peak seasons bring long days, while quieter months are used for training.",
  "Employers include large companies, public bodies and small local firms.",
];

export const OUTLOOKS: readonly string[] = [
  "Demand is expected to stay steady as the work cannot easily be automated.",
  "Automation is taking over routine tasks, so roles are shifting towards supervision and analysis.",
  "An ageing workforce means many openings as experienced workers retire.",
  "Growth is expected as more organisations rely on this kind of expertise.",
  "Competition for positions is strong, and specialised skills give an advantage.",
];

export const WORK_STYLES: readonly string[] = [
  "Regular weekday hours in an office, with occasional overtime near deadlines.",
  "Shift work including nights and weekends.",
  "Mostly on site, travelling between locations during the week.",
  "Flexible hours; remote work is common for part of the week.",
  "Seasonal peaks with long days, and quieter periods in between.",
];

export const INDUSTRIES: readonly string[] = [
  "Manufacturing", "Public administration", "Healthcare", "Information and communications", "Construction",
  "Transport and postal services", "Wholesale and retail", "Finance and insurance", "Education", "Accommodation and food services",
];
