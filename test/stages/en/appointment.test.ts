// Appointments in English news: named, appointed, hired, joins … as, will become, succeeds, takes
// over, returns as, interim and acting posts, with future effective dates; and what is no appointment
// (speculation, denials, negation, conditions, a return from leave, founding a company).
import { describeTables, type Want } from './helpers.js';

const CEO = 'Chief Executive Officer';

const MUST: Array<[string, string, Want[]]> = [
  ['2025-03-12', 'Intel said on Wednesday it had named Lip-Bu Tan as its next chief executive.', [{ type: 'appointment', person: 'Lip-Bu Tan', org: 'Intel', role: CEO, date: '2025-03-12' }]],
  ['2024-05-06', 'Rahul Desai will join Brightwater Analytics as chief technology officer on May 20, 2024.', [{ type: 'appointment', person: 'Rahul Desai', org: 'Brightwater Analytics', role: 'Chief Technology Officer', date: '2024-05-20' }]],
  ['2025-04-09', 'Anna Lindqvist was named chief financial officer of Norrbrand AB and will take up the role on June 1.', [{ type: 'appointment', person: 'Anna Lindqvist', org: 'Norrbrand', role: 'Chief Financial Officer', date: '2025-06-01' }]],
  ['2025-09-17', 'Chief Operating Officer Marcus Bell will serve as acting CEO of Corvane Therapeutics, effective immediately.', [{ type: 'appointment', person: 'Marcus Bell', org: 'Corvane Therapeutics', role: 'Acting Chief Executive Officer', date: '2025-09-17' }]],
  ['2024-03-19', 'Microsoft has hired Mustafa Suleyman to lead a new consumer AI unit, the company said on Tuesday.', [{ type: 'appointment', person: 'Mustafa Suleyman', org: 'Microsoft', date: '2024-03-19' }]],
  ['2023-01-26', 'Koji Sato, 53, will become president and chief executive of Toyota on April 1.', [{ type: 'appointment', person: 'Koji Sato', role: `President and ${CEO}`, date: '2023-04-01' }]],
  ['2025-01-15', 'Harbor Crest Financial named Derek Osei, a former Bank of America executive, as its first chief digital officer.', [{ type: 'appointment', person: 'Derek Osei', org: 'Harbor Crest Financial', role: 'Chief Digital Officer' }]],
  ['2024-08-06', 'In May, Jakub Pachocki took over as chief scientist of OpenAI.', [{ type: 'appointment', person: 'Jakub Pachocki', org: 'OpenAI', role: 'Chief Scientist', date: '2024-05' }]],
  ['2025-04-09', 'Executive Vice President Yuki Tanaka will succeed Hiroshi Watanabe as president of Takumi Heavy Industries on July 1.', [
    { type: 'appointment', person: 'Yuki Tanaka', org: 'Takumi Heavy Industries', role: 'President', date: '2025-07-01' },
    { type: 'departure', person: 'Hiroshi Watanabe', role: 'President' },
  ]],
  ['2025-04-09', 'Carla Menendez joins Vantor Systems as senior vice president of engineering from Dell Technologies.', [{ type: 'appointment', person: 'Carla Menendez', org: 'Vantor Systems', role: 'Senior Vice President of Engineering' }]],
  ['2023-11-22', 'Sam Altman will return as chief executive of OpenAI, the company said late on Tuesday.', [{ type: 'appointment', person: 'Sam Altman', org: 'OpenAI', role: CEO, date: '2023-11-21' }]],
  ['2025-04-09', 'At Quillfeather, Nadia Rahman, head of platform engineering, will serve as interim CTO.', [{ type: 'appointment', person: 'Nadia Rahman', role: 'Interim Chief Technology Officer' }]],
  ['2025-03-12', 'In December the board of Intel named David Zinsner and Michelle Johnston Holthaus as interim co-chief executives.', [
    { type: 'appointment', person: 'David Zinsner', role: 'Interim Co-Chief Executive Officer', date: '2024-12' },
    { type: 'appointment', person: 'Michelle Johnston Holthaus', role: 'Interim Co-Chief Executive Officer', date: '2024-12' },
  ]],
  ['2024-11-01', 'Manchester United have appointed Ruben Amorim as their new head coach.', [{ type: 'appointment', person: 'Ruben Amorim', org: 'Manchester United', role: 'Head Coach' }]],
  ['2023-11-22', 'Former U.S. Treasury Secretary Larry Summers will join the board of OpenAI.', [{ type: 'appointment', person: 'Larry Summers', org: 'OpenAI', role: 'Board Member' }]],
  ['2024-09-26', 'Barret Zoph joined OpenAI in September 2022 after several years as a research scientist at Google.', [{ type: 'appointment', person: 'Barret Zoph', org: 'OpenAI', role: null, date: '2022-09' }]],
  ['2023-11-22', 'On Monday, Satya Nadella said Sam Altman and Greg Brockman would join Microsoft.', [
    { type: 'appointment', person: 'Sam Altman', org: 'Microsoft', date: '2023-11-20' },
    { type: 'appointment', person: 'Greg Brockman', org: 'Microsoft', date: '2023-11-20' },
  ]],
  ['2024-11-01', 'Thomas Tuchel, who was appointed England head coach last month, will start the job on 1 January.', [{ type: 'appointment', person: 'Thomas Tuchel', role: 'Head Coach', date: '2025-01-01' }]],
  ['2025-02-14', 'Dr. Amara Nwosu was named president of Halden University. Nwosu will take office on July 1.', [{ type: 'appointment', person: 'Amara Nwosu', org: 'Halden University', role: 'President', date: '2025-07-01' }]],
  ['2025-02-03', 'Nordwind Energy AG today announced the appointment of Sofia Marchetti as Chief Financial Officer, effective March 1, 2025.', [{ type: 'appointment', person: 'Sofia Marchetti', org: 'Nordwind Energy', role: 'Chief Financial Officer', date: '2025-03-01' }]],
  ['2024-03-25', "Boeing said Stan Deal, the head of Boeing's commercial airplanes unit, is retiring and will be replaced by Stephanie Pope, effective immediately.", [
    { type: 'appointment', person: 'Stephanie Pope', org: 'Boeing', date: '2024-03-25' },
    { type: 'departure', person: 'Stan Deal', org: 'Boeing', date: '2024-03-25' },
  ]],
  ['2025-03-11', 'Makoto Uchida said he would step down as chief executive of Nissan at the end of March. Ivan Espinosa, the chief planning officer, will succeed him.', [
    { type: 'appointment', person: 'Ivan Espinosa', role: CEO },
    { type: 'departure', person: 'Makoto Uchida', role: CEO, date: '2025-03' },
  ]],
  ['2024-11-07', 'Olaf Scholz said he would name Jörg Kukies, a longtime aide, as finance minister.', [{ type: 'appointment', person: 'Jörg Kukies', role: 'Finance Minister', org: null }]],
  ['2023-11-13', 'James Cleverly was moved to the Home Office to replace Suella Braverman, who was sacked as home secretary.', [{ type: 'appointment', person: 'James Cleverly', org: 'Home Office' }]],
];

const MUST_NOT: Array<[string, string]> = [
  ['front-runner', 'Nina Albrecht is seen as the front-runner to succeed Harold Pemberton as chief executive of Larkspur Media.'],
  ['denied', 'Larkspur Media denied reports that it had hired Marco Ferraro as chief executive.'],
  ['would likely', 'Harold Pemberton would likely become executive chairman of Larkspur Media.'],
  ['considering', 'The board is considering two candidates and could name Nina Albrecht chief executive.'],
  ['negated', 'Michael Harlan said he would not join another bank.'],
  ['if', 'If Ruben Amorim joins Manchester United, he will bring his own assistants.'],
  ['return from sabbatical', 'An OpenAI spokesperson said Greg Brockman would return as president after his sabbatical.'],
  ['returned from leave', 'The chief medical officer, Owen Pryce, returned in June from a three-month sabbatical.'],
  ['expects to return', 'Helena Strand expects to return to her full duties in the first quarter of next year.'],
  ['expected to return', 'Marco Ferraro was expected to return to the industry next year.'],
  ['threatened', 'Staff threatened to quit and join Microsoft unless the board resigned, Sam Altman said.'],
  ['might', 'Omar Berrada said the club might appoint Thomas Tuchel.'],
  ['talks about', 'The board held talks with Marco Ferraro about replacing Giulia Bianchi.'],
  ['tenure', 'Rebecca Lau previously served as senior vice president of data-center engineering at AMD.'],
  ['continuation', 'David Zinsner will remain executive vice president and chief financial officer of Intel.'],
  ['stays on', 'Jeremy Hunt stays on as chancellor of the exchequer.'],
  ['quoted', '"We will name a new chief executive soon," said Astrid Moe.'],
  ['returned to a place', 'Jack Ma, who spent two years abroad, returned to the country in March.'],
  ['named after', 'The prize was named after Ingrid Halvorsen, who founded the company.'],
  ['joined forces', 'Sam Altman joined forces with Jony Ive on a new device.'],
  ['joined a call', 'Lisa Su joined the call with analysts on Tuesday.'],
  ['returned to profit', 'Under Marta Ruiz, Solano Energy returned to profit last year, and Ruiz returned to the stage on Tuesday.'],
  ['took over a company', 'Elon Musk took over Twitter in 2022.'],
  ['succeeded in', 'Ana Silva succeeded in raising $2 billion for the fund.'],
  ['named in a lawsuit', 'Marco Ferraro was named in a lawsuit filed by former employees.'],
  ['named one of', 'Time named Jensen Huang one of the most influential people of the year.'],
  ['named after', 'Halden University named its new library after Richard Calloway.'],
  ['favourites', 'Mauricio Pochettino is among the favourites to succeed Graham Potter, according to reports.'],
  ['a noun, not a verb', 'Eddie Wu, whose Chinese name is Wu Yongming, was one of the co-founders of Alibaba.'],
];

describeTables('appointments', 'appointment', MUST, MUST_NOT, '2025-03-12');
