// Departures in English news: sentences that must give a departure (with its person, organisation,
// role and date) and sentences that must not (leave of absence, denials, speculation, demands,
// negation, tenure, quoted words).
import { describeTables, type Want } from './helpers.js';

const CEO = 'Chief Executive Officer';

const MUST: Array<[string, string, Want[]]> = [
  ['2024-09-26', "Mira Murati, OpenAI's chief technology officer, said on Wednesday that she is leaving the company.", [{ type: 'departure', person: 'Mira Murati', org: 'OpenAI', role: 'Chief Technology Officer', date: '2024-09-25' }]],
  ['2025-03-12', 'Acme Robotics said its chief financial officer, Dana Whitfield, resigned on Monday.', [{ type: 'departure', person: 'Dana Whitfield', org: 'Acme Robotics', role: 'Chief Financial Officer', date: '2025-03-10' }]],
  ['2025-01-15', 'Brenner Logistics Inc. said Chief Executive Officer Paul Granger will step down at the end of March.', [{ type: 'departure', person: 'Paul Granger', org: 'Brenner Logistics', role: CEO, date: '2025-03' }]],
  ['2025-03-12', 'The board of Halvard Bank fired chief executive Tom Fischer on Friday.', [{ type: 'departure', person: 'Tom Fischer', org: 'Halvard Bank', role: CEO, date: '2025-03-07' }]],
  ['2025-06-10', 'The head of design at Corvel Group, Sarah Lindqvist, left late last year.', [{ type: 'departure', person: 'Sarah Lindqvist', org: 'Corvel Group', role: 'Head of Design', date: '2024' }]],
  ['2024-08-06', 'Peter Deng, the vice president of consumer product, has left OpenAI.', [{ type: 'departure', person: 'Peter Deng', org: 'OpenAI' }]],
  ['2023-11-22', 'Helen Toner, Tasha McCauley and Ilya Sutskever will no longer serve on the board of OpenAI.', [
    { type: 'departure', person: 'Helen Toner', role: 'Board Member' },
    { type: 'departure', person: 'Tasha McCauley', role: 'Board Member' },
    { type: 'departure', person: 'Ilya Sutskever', role: 'Board Member' },
  ]],
  ['2025-06-20', 'Marta Ruiz quit as president of Solano Energy on Tuesday.', [{ type: 'departure', person: 'Marta Ruiz', org: 'Solano Energy', role: 'President', date: '2025-06-17' }]],
  ['2025-06-20', 'Nadia Rahman stepped aside as chief operating officer of Quillfeather Ltd. in June.', [{ type: 'departure', person: 'Nadia Rahman', org: 'Quillfeather', role: 'Chief Operating Officer', date: '2025-06' }]],
  ['2025-04-09', 'The Vantor Systems board removed Oliver Grant as chairman on Tuesday.', [{ type: 'departure', person: 'Oliver Grant', org: 'Vantor Systems', role: 'Chairman', date: '2025-04-08' }]],
  ['2025-09-17', 'Its chief scientific officer, Dr. Ravi Menon, will leave Corvane Therapeutics at the end of October to become director of the Broad Institute.', [
    { type: 'departure', person: 'Ravi Menon', org: 'Corvane Therapeutics', role: 'Chief Scientific Officer', date: '2025-10' },
    { type: 'appointment', person: 'Ravi Menon', org: 'Broad Institute', role: 'Director', date: '2025-10' },
  ]],
  ['2024-05-06', 'He succeeds Dana Whitfield, who is leaving Brightwater Analytics to pursue other opportunities.', [{ type: 'departure', person: 'Dana Whitfield', org: 'Brightwater Analytics' }]],
  ['2025-01-15', 'Laura Trott was named chief financial officer of Meridian Trust Bank, replacing John Glen.', [{ type: 'departure', person: 'John Glen', org: 'Meridian Trust Bank', role: 'Chief Financial Officer' }]],
  ['2023-11-13', 'Prime Minister Rishi Sunak sacked Suella Braverman as home secretary on Monday.', [{ type: 'departure', person: 'Suella Braverman', org: null, date: '2023-11-13' }]],
  ['2025-04-09', 'Hanbit Chemical said Kim Sung-min retires after seven years as CEO.', [{ type: 'departure', person: 'Kim Sung-min', org: 'Hanbit Chemical', role: CEO }]],
  ['2024-10-16', 'Tom Reyes left Larkspur Media in August to become chief financial officer of Halcyon Studios.', [
    { type: 'departure', person: 'Tom Reyes', org: 'Larkspur Media', date: '2024-08' },
    { type: 'appointment', person: 'Tom Reyes', org: 'Halcyon Studios', role: 'Chief Financial Officer', date: '2024-08' },
  ]],
  ['2023-01-26', 'Akio Toyoda will step down as president and chief executive of Toyota and become chairman.', [
    { type: 'departure', person: 'Akio Toyoda', role: `President and ${CEO}` },
    { type: 'appointment', person: 'Akio Toyoda', role: 'Chairman' },
  ]],
  ['2025-03-11', 'Carlos Ghosn led Nissan Motor for two decades. Ghosn, who built the alliance, was arrested in November 2018 and ousted as chairman days later.', [{ type: 'departure', person: 'Carlos Ghosn', role: 'Chairman', date: '2018-11' }]],
  ['2018-07-11', "Uber's head of human resources, Liane Hornsey, has resigned, the company confirmed Tuesday.", [{ type: 'departure', person: 'Liane Hornsey', org: 'Uber', role: 'Head of Human Resources', date: '2018-07-10' }]],
  ['2025-02-14', 'Lakeshore University said Amara Nwosu, its provost, will step down in May.', [{ type: 'departure', person: 'Amara Nwosu', org: 'Lakeshore University', date: '2025-05' }]],
];

const MUST_NOT: Array<[string, string]> = [
  ['leave of absence', 'Helena Strand, chief executive of Corvane Therapeutics, is taking a medical leave of absence.'],
  ['extended leave', 'Greg Brockman, the president of OpenAI, said he was taking an extended leave until the end of the year.'],
  ['placed on leave', 'Mustafa Suleyman was placed on leave in 2019 following complaints.'],
  ['denied report', 'Veltro denied a newspaper report that its chief executive, Giulia Bianchi, was preparing to step down.'],
  ['dismissed reports', 'In March, Veltro dismissed reports that its chief financial officer, Paolo Ferri, was about to leave.'],
  ['expected to', 'Harold Pemberton, chief executive of Larkspur Media, is expected to step down next year.'],
  ['could', 'Analysts said Curtis Yoon could leave Larkspur Media as early as September.'],
  ['called on', 'Jonah Pike has publicly called on Harold Pemberton to step down by the end of the year.'],
  ['no plans', 'Karen Liu-Bramwell, the chief executive of Harbor Crest Financial, said she had no plans to retire.'],
  ['negated', 'A spokesperson said Greg Brockman was not leaving OpenAI.'],
  ['has not resigned', 'Helena Strand remains chief executive and has not resigned, a spokeswoman said.'],
  ['quoted', '"I have read that I am leaving. I am not," Giulia Bianchi said.'],
  ['speculation', 'There is speculation that Ruud van Nistelrooy could leave Manchester United.'],
  ['want', 'Some investors want Harold Pemberton to retire.'],
  ['rumours', 'Rumours that Kevin Scott will resign from Microsoft are untrue, the company said.'],
  ['if', 'If Sam Altman leaves OpenAI, many researchers will follow him.'],
  ['whether', 'Whether Mira Murati will leave OpenAI is unclear.'],
  ['left-wing', 'Left-wing candidate Maria Lopez won the seat.'],
  ['would consider', 'Curtis Yoon has told colleagues he would consider leaving if he were passed over.'],
  ['threatening', 'Employees signed a letter threatening to quit unless Sam Altman returned.'],
  ['topic of talks', 'The board held preliminary talks with Marco Ferraro about replacing Giulia Bianchi.'],
  ['a thing left', 'David Cameron returned to front-line politics seven years after he left it.'],
  ['left a room', 'Sam Altman left the room before the vote, people present said.'],
  ['left someone nervous', 'Mira Murati left investors wondering about the next model.'],
  ['quit a habit', 'Tom Keller quit smoking in 2019.'],
  ['exited a position', 'Fund manager Helen Tsao exited her position in the stock last quarter.'],
];

describeTables('departures', 'departure', MUST, MUST_NOT, '2025-03-12');
