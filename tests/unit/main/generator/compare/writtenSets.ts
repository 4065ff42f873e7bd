// Small article sets written for these tests, in the styles the seed set lacks: a disaster with casualty
// figures and a death toll that rises, a company takeover with prices and percentages, a ministers' meeting with
// titles and dates, an election with vote shares of two candidates. Each holds disagreements, agreements and traps.

export const floodSet: Record<string, string> = {
  'flood-a.txt': `Floods hit Riverton after the Elm River bursts its banks

Published 7 March 2024

At least 12 people died after the Elm River burst its banks on Tuesday night, flooding large parts of Riverton, officials said.

About 30 people were injured and some 1,200 homes were left without power, according to the city's emergency service.

Mayor Ana Lopez said the city would need "years, not months" to recover. "We will rebuild this city, street by street, and nobody will be left behind," she told reporters on Wednesday.

The national government has pledged $4 million in emergency aid, and the army has sent 300 soldiers to help with the clean-up.

It is the worst flood in the region since 1998, when one of the three bridges over the river collapsed.

Forecasters expect more rain on Friday.
`,
  'flood-b.txt': `Death toll rises to 15 in Riverton floods

The death toll from the Riverton floods rose to 15 on Thursday, up from 12 a day earlier, the regional health authority said.

The Elm River burst its banks on Tuesday, March 5, sweeping away cars and flooding more than 300 homes in the old town. Around 30 people were hurt.

"We are going to rebuild the city street by street, and no one will be left behind," Mayor Ana Lopez said on Wednesday.

The government has promised four million dollars in aid. Some 500 soldiers have been deployed to the area.

Kevin Ortiz, the regional governor, called the disaster "a tragedy for all of us".
`,
  'flood-c.txt': `Riverton counts the cost of the flood

RIVERTON, March 7 (Newswire) - Fifteen people have been killed in the floods that struck Riverton on Monday night, Governor Kevin Ortiz said on Thursday.

Governor Ortiz said 45 people were injured. Two of the dead were children.

City mayor Ana Lopez said: "We will rebuild this city, street by street, and nobody will be left behind."

The government has pledged $4m in emergency aid. The flood was the worst since 1998.

The Elm River rose by more than two metres in six hours, the weather service said.
`,
};

export const takeoverSet: Record<string, string> = {
  'deal-a.txt': `TechCorp to buy DataSoft for $2.5 billion

TechCorp agreed to buy rival software maker DataSoft for $2.5 billion in cash, the companies said on Monday.

"This deal brings together two great teams," TechCorp chief executive Maria Chen said in a statement.

DataSoft shares rose 12% in early trading after the announcement. The deal is expected to close in the third quarter.

DataSoft, which was founded in 2009, employs 1,200 people. Its chief financial officer, Tom Reed, 52, will leave the company.

Analysts said the price was fair. One of the two largest shareholders has already backed the deal.
`,
  'deal-b.txt': `TechCorp swoops on DataSoft in $2.6bn deal

TechCorp will pay about $2.6bn for DataSoft, the companies announced on Tuesday, creating one of the largest software groups in Europe.

DataSoft's shares jumped 15% on the news.

CEO Maria Chen said: "The deal brings together two great teams."

DataSoft was founded in 2011 and has about 1,200 staff. Tom Reed, 53, its finance chief, is expected to step down.

The two firms have worked together since 2015.
`,
  'deal-c.txt': `DataSoft agrees $2.5 billion takeover by TechCorp

Software maker DataSoft has agreed to be bought by TechCorp in a $2.5 billion deal, the firms said on Monday.

TechCorp president Maria Chen said the deal "brings together two great teams" and would create jobs.

Shares in DataSoft rose 12 per cent. About 1,200 people work at DataSoft, which was founded in 2009.

The deal needs the approval of regulators in 27 countries.
`,
};

export const ministersSet: Record<string, string> = {
  'summit-a.txt': `Nordic ministers agree on Arctic plan

Swedish Foreign Minister Lena Berg met her Norwegian counterpart in Oslo on Thursday, June 13, 2024, to sign a 10-point plan for the Arctic.

"Our countries have never been closer," Berg said after the talks. She added that the plan would cost 2.1 billion kronor over five years.

Sweden and Norway are close allies, and both are members of NATO.

Tens of thousands of protesters marched in Oslo during the visit. It was the first visit by a Swedish foreign minister since 2019.

Prime Minister Olaf Dahl welcomed the deal.
`,
  'summit-b.txt': `Sweden and Norway sign Arctic deal

Sweden's Defence Minister Lena Berg signed a 12-point Arctic plan in Oslo on Friday.

Berg, 48, told reporters: "Our countries have never been closer than today."

Though Sweden and Norway are not formal allies outside NATO, they coordinate closely on security in the north.

Police said about 20,000 people joined a protest march in Oslo.

The plan will cost 2.1 billion kronor, officials said. Prime Minister Olaf Dahl said it was "a historic step".
`,
  'summit-c.txt': `Arctic plan signed in Oslo

Sweden's foreign minister Lena Berg signed the Arctic plan in Oslo on June 14.

Berg, 47, said: "Our countries have never been closer."

The plan, which covers 10 points, will cost about 2 billion kronor.

Some 20,000 people protested in the Norwegian capital, police said.
`,
  'summit-d.txt': `Norway and Sweden agree Arctic cooperation

Sweden's foreign minister, Karl Lund, and his Norwegian counterpart signed the plan in Oslo on Thursday.

The two ministers said the plan would be reviewed in 2026. The 15-member Arctic Council will be informed.

Mr Lund said the plan was "a new chapter for the north".
`,
};

export const electionSet: Record<string, string> = {
  'vote-a.txt': `Smith wins Westland election

Anna Smith won the presidential election in Westland on Sunday with 52% of the vote, official results showed on Monday.

Her rival, Peter Jones, received 45% of the vote. Turnout was 61%, the highest since 2004.

Smith, 54, will be sworn in on January 20. She has promised to create 100,000 jobs in her first two years.

"This is a victory for every family in Westland," Smith told supporters in the capital.
`,
  'vote-b.txt': `Westland elects Anna Smith as president

Anna Smith has won Westland's presidential election with 51.8% of the votes cast, according to the electoral commission.

Turnout was about 60%, officials said. Smith's campaign promised 100,000 new jobs.

Smith, a former finance minister, said: "This is a victory for every family of Westland."

Peter Jones, who conceded on Sunday night, said he would lead the opposition. About 3,000 supporters gathered outside his party's headquarters.
`,
  'vote-c.txt': `Jones concedes defeat in Westland

Opposition leader Peter Jones conceded defeat on Sunday after results showed him trailing with 46% of the vote.

Around 2,000 of his supporters gathered in the rain outside the party's offices.

The winner, Anna Smith, will take office on January 21.
`,
};
