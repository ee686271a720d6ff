// Common English short forms of given names: a story names "J. Michael Harlan" and then quotes his
// colleague on "Mike". Only forms in wide use; a wrong pair would link two different people.
const FORMS: Record<string, string[]> = {
  alexander: ['alex'], alexandra: ['alex'], andrew: ['andy', 'drew'], anthony: ['tony'], benjamin: ['ben'], catherine: ['cathy', 'kate'],
  charles: ['charlie', 'chuck'], christopher: ['chris'], daniel: ['dan', 'danny'], david: ['dave'], deborah: ['debbie', 'deb'],
  donald: ['don'], edward: ['ed', 'eddie', 'ted'], elizabeth: ['liz', 'beth', 'betsy'], frederick: ['fred'], gregory: ['greg'],
  james: ['jim', 'jimmy', 'jamie'], jennifer: ['jen', 'jenny'], jonathan: ['jon'], joseph: ['joe'], joshua: ['josh'],
  katherine: ['kate', 'kathy'], kenneth: ['ken'], lawrence: ['larry'], margaret: ['maggie', 'peggy'], matthew: ['matt'],
  michael: ['mike'], nicholas: ['nick'], patricia: ['pat', 'patty'], patrick: ['pat'], peter: ['pete'], rebecca: ['becky'],
  richard: ['rick', 'dick', 'rich'], robert: ['bob', 'rob', 'bobby'], ronald: ['ron'], samuel: ['sam'], stephen: ['steve'],
  steven: ['steve'], susan: ['sue'], theodore: ['ted', 'teddy'], thomas: ['tom', 'tommy'], timothy: ['tim'], victoria: ['vicky'],
  william: ['bill', 'will', 'billy'], zachary: ['zach'],
};

/** Short forms of a given name (lower case): michael → [mike]. */
export function nicknamesOf(given: string): string[] {
  return FORMS[given.toLowerCase()] ?? [];
}
