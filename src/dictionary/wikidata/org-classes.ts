// Data: the Wikidata classes whose direct instances (P31) the import treats as organisations.
// Only direct P31 values are compared: a one-pass stream cannot walk the subclass tree (P279), so a
// class is listed here when leadership news commonly names its instances. Replace the list with
// `--org-classes FILE`; docs/wikidata-import.md shows it (a test keeps the two in step).

export interface OrgClass {
  qid: string;
  label: string;
}

export const DEFAULT_ORG_CLASSES: readonly OrgClass[] = [
  // companies
  { qid: 'Q4830453', label: 'business' },
  { qid: 'Q783794', label: 'company' },
  { qid: 'Q891723', label: 'public company' },
  { qid: 'Q6881511', label: 'enterprise' },
  { qid: 'Q167037', label: 'corporation' },
  { qid: 'Q161726', label: 'multinational corporation' },
  { qid: 'Q1589009', label: 'privately held company' },
  { qid: 'Q219577', label: 'holding company' },
  { qid: 'Q270791', label: 'state-owned enterprise' },
  { qid: 'Q18388277', label: 'technology company' },
  { qid: 'Q22687', label: 'bank' },
  { qid: 'Q46970', label: 'airline' },
  { qid: 'Q11691', label: 'stock exchange' },
  // media
  { qid: 'Q2085381', label: 'publisher' },
  { qid: 'Q11032', label: 'newspaper' },
  { qid: 'Q192283', label: 'news agency' },
  { qid: 'Q1616075', label: 'television station' },
  { qid: 'Q15265344', label: 'broadcaster' },
  // public bodies and politics
  { qid: 'Q327333', label: 'government agency' },
  { qid: 'Q2659904', label: 'government organization' },
  { qid: 'Q192350', label: 'ministry' },
  { qid: 'Q66344', label: 'central bank' },
  { qid: 'Q7278', label: 'political party' },
  { qid: 'Q484652', label: 'international organization' },
  { qid: 'Q245065', label: 'intergovernmental organization' },
  // non-profits, research and education
  { qid: 'Q43229', label: 'organization' },
  { qid: 'Q163740', label: 'nonprofit organization' },
  { qid: 'Q79913', label: 'non-governmental organization' },
  { qid: 'Q15911314', label: 'association' },
  { qid: 'Q157031', label: 'foundation' },
  { qid: 'Q31855', label: 'research institute' },
  { qid: 'Q3918', label: 'university' },
  { qid: 'Q875538', label: 'public university' },
  { qid: 'Q902104', label: 'private university' },
  // sport
  { qid: 'Q476028', label: 'association football club' },
  { qid: 'Q847017', label: 'sports club' },
  { qid: 'Q4438121', label: 'sports organization' },
  { qid: 'Q12973014', label: 'sports team' },
];
