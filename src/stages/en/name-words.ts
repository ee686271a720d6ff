// Closed word classes that shape English names in news text: what may precede a name without being
// part of it, what ends an organisation's name, what joins the words of one name. Lower case.

/** Courtesy titles written before a name and never part of it (Mr. Tan, Dr. Nwosu, Sir Jim Ratcliffe). */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'hon', 'messrs']);

/**
 * Titles used as honorifics before a name that the title lexicon may not know as posts
 * ("Provost Mark Ellison", "Judge Amy Berman", "Interim provost Daniel Okafor").
 */
export const NAME_TITLES = new Set([
  'provost', 'dean', 'chancellor', 'governor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'judge', 'justice', 'mayor', 'ambassador', 'commissioner', 'coach', 'captain', 'general', 'gen', 'admiral', 'colonel',
  'bishop', 'rabbi', 'father', 'pope', 'king', 'queen', 'prince', 'princess', 'president', 'premier', 'chairman', 'chairwoman',
  'chair', 'secretary', 'minister', 'chief', 'director', 'founder', 'co-founder', 'cofounder', 'interim', 'acting', 'former',
  'ex', 'executive', 'deputy', 'vice', 'senior', 'manager', 'treasurer', 'trustee', 'analyst', 'economist', 'editor', 'partner',
]);

/** Name particles written between given name and surname (Ruud van Nistelrooy, Erik ten Hag). */
export const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'ten', 'ter', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ibn', 'dos', 'das', 'st']);

/** Legal forms that end a company's name; the canonical name leaves them out. */
export const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'ag', 'ab', 'asa',
  'as', 'sa', 'spa', 'nv', 'bv', 'gmbh', 'se', 'oyj', 'kk', 'bhd', 'pte', 'pty', 'holding', 'holdings',
]);

/** Last words that make a run of capitalised words an organisation's name (Corvane Therapeutics, Halden University). */
export const ORG_HEADS = new Set([
  ...LEGAL_SUFFIXES,
  'group', 'systems', 'financial', 'capital', 'partners', 'bank', 'bancorp', 'bancshares', 'university', 'college', 'institute',
  'foundation', 'association', 'society', 'industries', 'chemical', 'chemicals', 'technologies', 'technology', 'pharmaceuticals',
  'pharma', 'therapeutics', 'biosciences', 'bio', 'media', 'studios', 'studio', 'securities', 'research', 'analytics', 'labs',
  'laboratories', 'party', 'office', 'department', 'ministry', 'council', 'committee', 'commission', 'agency', 'authority',
  'trust', 'motors', 'motor', 'airlines', 'airways', 'energy', 'computing', 'sportswear', 'racing', 'international', 'ventures',
  'investments', 'management', 'advisors', 'advisers', 'consulting', 'insurance', 'networks', 'communications', 'entertainment',
  'records', 'pictures', 'press', 'herald', 'times', 'post', 'journal', 'chronicle', 'gazette', 'tribune', 'news', 'daily',
  'magazine', 'review', 'bureau', 'fund', 'exchange', 'reserve', 'school', 'academy', 'hospital', 'clinic', 'museum',
  'club', 'fc', 'federation', 'league', 'union', 'services', 'solutions', 'software', 'semiconductor', 'electronics', 'robotics',
  'dynamics', 'logistics', 'airways', 'railways', 'telecom', 'mobile', 'brands', 'foods', 'retail', 'stores', 'automotive',
  'aerospace', 'petroleum', 'oil', 'gas', 'mining', 'steel', 'health', 'healthcare', 'medical', 'sciences', 'works', 'grid',
]);

/** First words of organisations named "X of Y" / "X for Y" (Bank of America, Department for Business and Trade). */
export const ORG_LEADS = new Set(['bank', 'university', 'college', 'institute', 'department', 'ministry', 'house', 'school', 'academy', 'museum', 'office', 'federation', 'association', 'society', 'council', 'church', 'government', 'court', 'board', 'reserve', 'league', 'chamber']);

/** Newspapers and media keep their article: The Halden Herald, The Daily Byte Media. */
export const MEDIA_WORDS = new Set(['herald', 'times', 'post', 'journal', 'chronicle', 'gazette', 'tribune', 'news', 'daily', 'magazine', 'review', 'guardian', 'telegraph', 'economist', 'observer', 'independent', 'standard', 'mirror', 'media', 'examiner', 'inquirer', 'courier', 'press']);

/** Common nouns right before a name that say it is an organisation (the retailer XXL, rival Casa Montero). */
export const ORG_DESCRIPTORS = new Set([
  'company', 'firm', 'group', 'maker', 'startup', 'start-up', 'retailer', 'lender', 'bank', 'developer', 'site', 'publication',
  'daily', 'newspaper', 'paper', 'utility', 'fund', 'club', 'side', 'insurer', 'carrier', 'chipmaker', 'automaker', 'carmaker',
  'rival', 'rivals', 'studio', 'university', 'college', 'regulator', 'broadcaster', 'network', 'agency', 'consultancy', 'brand',
  'label', 'subsidiary', 'affiliate', 'operator', 'supplier', 'manufacturer', 'conglomerate', 'giant', 'outlet', 'magazine',
  'exchange', 'party', 'charity', 'nonprofit', 'institute', 'airline', 'publisher', 'platform', 'provider', 'parent', 'team', 'unit',
  'division', 'lab', 'laboratory', 'distributor', 'wholesaler',
]);

/** Sports-club names made of a place and one word are shortened to either (Leicester City → Leicester, Manchester United → United). */
export const CLUB_HEADS = new Set(['city', 'united', 'town', 'rovers', 'county', 'athletic', 'albion', 'wanderers', 'fc', 'hotspur', 'villa', 'forest']);

/** Generic words at the end of a run that are not part of the name (Halden University Board of Trustees). */
export const TRAILING_GENERIC = new Set(['board', 'trustees', 'directors', 'shares', 'stock', 'staff', 'employees', 'chief', 'ceo']);

/**
 * Capitalised words that start sentences, headings and bylines but do not name anyone
 * (The, In, By, Related, Subscribe …): dropped from the edges of a run.
 */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'but', 'and', 'or', 'nor', 'so', 'yet', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'to',
  'of', 'after', 'before', 'when', 'while', 'as', 'if', 'since', 'until', 'under', 'over', 'about', 'among', 'between', 'within',
  'during', 'through', 'because', 'although', 'though', 'once', 'also', 'both', 'all', 'each', 'some', 'many', 'most', 'several',
  'other', 'others', 'another', 'no', 'not', 'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how', 'then', 'now',
  'today', 'yesterday', 'tomorrow', 'hours', 'days', 'weeks', 'months', 'years', 'related', 'subscribe', 'read', 'more', 'share',
  'published', 'updated', 'home', 'news', 'advertisement', 'privacy', 'terms', 'contact', 'email', 'sign',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'prof', 'ceo', 'cfo', 'cto', 'coo', 'analysts', 'investors',
  'shares', 'members', 'students', 'asked', 'speaking', 'separately', 'meanwhile', 'however', 'earlier', 'later', 'last', 'next',
  'former', 'interim', 'acting', 'board', 'company', 'group',
  'chief', 'executive', 'president', 'chairman', 'chair', 'director', 'founder', 'co-founder', 'media', 'contact', 'forward-looking',
  'statements', 'statement', 'source', 'sources', 'reporting', 'editing', 'photo', 'video', 'watch', 'listen', 'opinion',
]);
