// Sets written for the tests, each about one local story told by three outlets, labelled by hand in
// decisionAndGatheringSets.test.ts. They hold what the compare finder learnt from the ransomware set, in other
// words: a job title with "Dr" or "Mr" between it and the name, a "head of" a field, a quotation given to "she",
// a headline that quotes a fragment, a crowd whose gathering is named two ways, a counted group moved two ways,
// and a decision told as taken and as still open. Beside each, its look-alikes that must stay quiet.

export const portSet: Record<string, string> = {
  'port-a.txt': `Dockers walk out at Harwell port as pay talks collapse

Published 12 May 2025, 09:30

About 300 dockers staged a demonstration outside the main gate of Harwell port on Sunday evening.

The port's managing director, Mr Alan Greer, said the company would not raise its pay offer.

"We have made a fair offer and it remains on the table," he said.

The union has refused to accept the offer, according to its head of communications, Nina Patel.

Twelve injured workers were transferred to Harwell General Hospital after a crane collapsed on Saturday.

The union has ruled out strike action before Friday.

Mr Greer said he would not resign.
`,
  'port-b.txt': `Harwell port dispute: what we know

Updated 12 May 2025

Some 300 dockers gathered at the main gate for a candlelit vigil on Sunday evening for the crane driver who died.

Alan Greer, the port's finance director, told reporters on Monday that the talks would resume.

Greer: 'A fair offer'

"We have made a fair offer, and it stays on the table," Mr Greer said.

Nina Patil, a spokeswoman for the union, said members would vote on the offer next week.

Twelve workers were evacuated from the terminal by helicopter after the crane collapse.

The union has ruled out strike action before Friday, Ms Patil said.

Alan Greer has refused to resign.

The company said it would not comment on the talks.
`,
  'port-c.txt': `Harwell crane collapse: union weighs offer

Published 12 May 2025

The union is considering accepting the offer, its general secretary, Dr Ruth Amis, said on Monday.

Five other workers were evacuated from a second crane as a precaution.

A vigil was held on Sunday evening, and about 300 dockers attended.

"We will not be rushed," she said.
`,
};

export const councilSet: Record<string, string> = {
  'council-a.txt': `Council refuses to close Elm Street library

Published 3 June 2025

Marlow District Council will not close the Elm Street library, its leader, Joan Pike, said on Tuesday.

The council has ruled out raising council tax.

The head of the UN, Maria Sorensen, sent a message of support.

"Libraries are the heart of this town and they will stay open," she said.
`,
  'council-b.txt': `Elm Street library could close, council admits

Updated 3 June 2025

Marlow District Council has not ruled out closing the Elm Street library, council leader Joan Pike said.

The council has ruled out raising council tax, Ms Pike added.

UN Secretary-General Maria Sorensen sent a message of support.

"Libraries are the heart of this town," Ms Pike told the meeting.
`,
  'council-c.txt': `Pool may shut as council seeks savings

Published 3 June 2025

The council is considering closing the Riverside swimming pool to save money.

Councillor Joan Pike said no decision would be made before July.
`,
};
