import { extractFacts } from '@dyad/extraction';
const cases: [string, string][] = [
  ['2023-09-20', 'U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Malta on Saturday to discuss Taiwan and Russia\'s war in Ukraine.'],
  ['2023-09-20', 'Blinken and Wang discussed Iran, North Korea and the war in Ukraine during the talks on Sept. 16.'],
  ['2023-09-20', 'At a Security Council meeting on Monday, the United States accused Russia of violating the ceasefire.'],
  ['2023-09-20', 'Mongolia was among the 35 countries that abstained in the General Assembly vote on Russia\'s invasion.'],
  ['2023-09-20', 'Japan urged China and Russia to refrain from military drills near its waters.'],
  ['2023-09-20', 'Saudi Crown Prince Mohammed bin Salman hosted Ukrainian President Volodymyr Zelenskiy in Jeddah on Friday.'],
  ['2023-09-20', 'The leaders of China and Russia last met in 2019 in Moscow.'],
  ['2023-09-20', 'The deal was signed in Beijing by Chinese Premier Li Qiang and Australian Prime Minister Anthony Albanese on Nov. 6.'],
  ['2023-09-20', 'Russia and Ukraine failed to agree on a prisoner swap after two days of talks in Istanbul.'],
  ['2023-09-20', 'China pledged $50 million in emergency aid to Pakistan after the floods, state media reported.'],
  ['2023-09-20', 'Germany has provided Ukraine with military aid worth 5.4 billion euros this year.'],
  ['2023-09-20', 'India and Bangladesh signed seven memorandums of understanding on Tuesday, including one on water sharing.'],
  ['2023-09-20', 'Indian Prime Minister Narendra Modi is on a three-day visit to the United States, where he will address Congress.'],
  ['2023-09-20', 'Modi arrived in Washington on Wednesday.'],
  ['2023-09-20', 'South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held a summit in Tokyo in March, their first in 12 years.'],
  ['2023-09-20', 'Israel\'s ambassador to the UN said Iran was behind the attack.'],
  ['2023-09-20', 'The EU and Egypt signed a strategic partnership worth 7.4 billion euros.'],
  ['2023-09-20', 'Chinese and Russian warships held joint drills in the Sea of Japan last week.'],
  ['2023-09-20', 'French President Emmanuel Macron will travel to China next month, his office said. Macron last visited Beijing in 2019.'],
  ['2023-09-20', 'North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome on Sept. 13, the Kremlin said.'],
  ['2023-09-20', 'Kim invited Putin to visit Pyongyang, and Putin accepted the invitation, North Korean state media said.'],
  ['2023-09-20', 'Turkish Foreign Minister Hakan Fidan called on Israel to halt its strikes on Gaza.'],
  ['2023-09-20', 'Brazil, Chile and Colombia voted in favour of the resolution at the UN Human Rights Council on Thursday, while Venezuela voted against.'],
  ['2023-09-20', 'The United States and the Philippines agreed on Tuesday to expand US military access to four more bases.'],
  ['2023-09-20', 'Australia and Britain agreed in principle to a free trade deal, but have not yet signed it.'],
  ['2023-09-20', 'Canada has not signed the treaty, unlike Mexico.'],
  ['2023-09-20', 'The Japanese prime minister met with a Korean delegation.'],
  ['2023-09-20', 'Talks between Ethiopia and Egypt on the dam ended without agreement in Cairo on Sunday.'],
  ['2023-09-20', 'Ghana\'s finance minister said the IMF loan agreement would be signed next week.'],
  ['2023-09-20', 'Vietnamese President Vo Van Thuong received visiting Cuban Prime Minister Manuel Marrero Cruz in Hanoi on Monday.'],
];
for (const [pub, body] of cases) {
  const out = extractFacts({ body, publishedAt: pub });
  console.log('\n>> ' + body);
  for (const f of out) {
    const { evidence, extractor, cameo, confidence, modality, ...rest } = f as any;
    const cs = rest.participants ?? rest.parties ?? [rest.country ?? rest.donor ?? rest.from ?? rest.visitor, rest.recipient ?? rest.to ?? rest.host].filter(Boolean);
    console.log(`   ${rest.type}${rest.position ? '(' + rest.position + ')' : ''} ${cs.join(',')} date=${rest.date} ${rest.value ? JSON.stringify(rest.value) : ''} ${rest.location ? JSON.stringify(rest.location) : ''} ${modality}`);
  }
}
