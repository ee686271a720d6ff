// Promotions in English news: only where the article says "promoted" (or elevated, rose to); with
// the organisation, the new title and its date. Expected, hoped-for, denied or conditional promotions
// are none.
import { describeTables, type Want } from './helpers.js';

const MUST: Array<[string, string, Want[]]> = [
  ['2025-01-15', 'Tomás Ibarra was promoted to chief risk officer of Harbor Crest Financial earlier this month.', [{ type: 'promotion', person: 'Tomás Ibarra', org: 'Harbor Crest Financial', role: 'Chief Risk Officer', date: '2025-01' }]],
  ['2024-10-16', 'On Monday, Larkspur Media promoted Nina Albrecht to president.', [{ type: 'promotion', person: 'Nina Albrecht', org: 'Larkspur Media', role: 'President', date: '2024-10-14' }]],
  ['2025-02-14', "The board of Halden University also promoted Dr. Lydia Chen, the university's vice provost, to dean, effective March 1.", [{ type: 'promotion', person: 'Lydia Chen', org: 'Halden University', role: 'Dean', date: '2025-03-01' }]],
  ['2024-05-06', 'Elena Marsh has been promoted to President and Chief Operating Officer of Brightwater Analytics, effective immediately.', [{ type: 'promotion', person: 'Elena Marsh', org: 'Brightwater Analytics', role: 'President and Chief Operating Officer', date: '2024-05-06' }]],
  ['2023-11-13', 'Victoria Atkins, a junior Treasury minister, was promoted to health secretary.', [{ type: 'promotion', person: 'Victoria Atkins', org: null }]],
  ['2025-04-09', 'Samuel Adeyemi was promoted to president of Meridian Trust Bank on Monday.', [{ type: 'promotion', person: 'Samuel Adeyemi', org: 'Meridian Trust Bank', role: 'President', date: '2025-04-07' }]],
  ['2025-06-10', 'Ingrid Halvorsen runs the outdoor-clothing maker Northfjord Outdoor. In March she promoted Mette Dahl, a 19-year veteran of the company, to chief product officer.', [{ type: 'promotion', person: 'Mette Dahl', org: 'Northfjord Outdoor', role: 'Chief Product Officer', date: '2025-03' }]],
  ['2025-07-22', 'Paolo Ferri resigned from Veltro in May. Chiara Lodi, the head of investor relations, was promoted to CFO the same month.', [{ type: 'promotion', person: 'Chiara Lodi', role: 'Chief Financial Officer', date: '2025-05' }]],
  ['2024-09-26', 'Bob McGrew was promoted to chief research officer of OpenAI in August.', [{ type: 'promotion', person: 'Bob McGrew', org: 'OpenAI', role: 'Chief Research Officer', date: '2024-08' }]],
  ['2025-03-12', 'Ana Silva has been elevated to chief operating officer at Meridian Trust Bank.', [{ type: 'promotion', person: 'Ana Silva', org: 'Meridian Trust Bank', role: 'Chief Operating Officer' }]],
  ['2025-03-12', 'Priya Natarajan rose to chief executive of Solano Energy in 2019.', [{ type: 'promotion', person: 'Priya Natarajan', org: 'Solano Energy', role: 'Chief Executive Officer', date: '2019' }]],
  ['2025-03-12', 'Google promotes Kevin Park to vice president of engineering', [{ type: 'promotion', person: 'Kevin Park', org: 'Google', role: 'Vice President of Engineering' }]],
  ['2025-03-12', 'Li Wei was promoted on Tuesday to head of research at Harbour Peak Capital.', [{ type: 'promotion', person: 'Li Wei', org: 'Harbour Peak Capital', role: 'Head of Research', date: '2025-03-11' }]],
  ['2025-03-12', 'Julia Kerr, the finance chief of Nephrix, is promoted to chief operating officer.', [{ type: 'promotion', person: 'Julia Kerr', role: 'Chief Operating Officer' }]],
  ['2024-09-26', 'Mark Chen, who joined OpenAI in 2018, was promoted to senior vice president of research.', [
    { type: 'promotion', person: 'Mark Chen', org: 'OpenAI', role: 'Senior Vice President of Research' },
    { type: 'appointment', person: 'Mark Chen', org: 'OpenAI', date: '2018' },
  ]],
  ['2025-03-12', 'Executive vice president Maria Gonzalez has been promoted to chief executive of Solano Energy, succeeding Tom Becker.', [
    { type: 'promotion', person: 'Maria Gonzalez', org: 'Solano Energy', role: 'Chief Executive Officer' },
    { type: 'departure', person: 'Tom Becker', role: 'Chief Executive Officer' },
  ]],
];

const MUST_NOT: Array<[string, string]> = [
  ['expect', 'Analysts expect Nina Albrecht to be promoted to chief executive of Larkspur Media.'],
  ['negated', 'Mette Dahl was not promoted to chief product officer.'],
  ['denied', 'Larkspur Media denied reports that it had promoted Curtis Yoon.'],
  ['could', 'Tomás Ibarra could be promoted to chief risk officer next year.'],
  ['hopes to', 'Chiara Lodi hopes to be promoted to chief financial officer.'],
  ['if', 'If Samuel Adeyemi is promoted to president, he will move to Charlotte.'],
  ['quoted', '"She was promoted to chief product officer," Ingrid Halvorsen said.'],
  ['whether', 'Ingrid Halvorsen declined to say whether Mette Dahl would be promoted.'],
  ['rumours', 'Shares rose on rumours that Samuel Adeyemi would be promoted to president.'],
  ['hired, not promoted', 'Tobias Lind was hired from Decathlon as chief operating officer of Northfjord Outdoor.'],
  ['might', 'Harold Pemberton said he might promote Nina Albrecht to chief operating officer.'],
  ['considering', 'The board is considering promoting Mark Chen to chief research officer.'],
  ['in line', 'Mark Chen is in line to be promoted to chief research officer.'],
  ['tipped', 'Julia Kerr is tipped to be promoted to chief executive of Nephrix.'],
  ['no promotion word', 'Mette Dahl has led product design at Northfjord Outdoor since 2019.'],
];

describeTables('promotions', 'promotion', MUST, MUST_NOT, '2025-03-12');
