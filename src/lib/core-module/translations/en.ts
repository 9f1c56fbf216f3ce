import type { RequiredTextKey } from './types';

/** Core module v1 in English: the reference every other language must match, key for key. */
export const texts = {
	'answer.yes': 'Yes',
	'answer.no': 'No',
	'answer.true': 'True',
	'answer.false': 'False',
	'answer.dk': 'Don’t know / prefer not to say',

	'item.C0.intro':
		'Hello. {organisation} is doing a survey to learn what people know about the risks of travelling abroad without papers. Your answers are anonymous: we do not ask your name. You choose whether to answer, and you can stop at any time.',
	'item.C0.text': 'Do you agree to answer the questions?',
	'item.D1.text': 'What is your sex?',
	'option.D1.female': 'Female',
	'option.D1.male': 'Male',
	'option.D1.other_or_dk': 'Other, or prefer not to say',
	'item.D2.text': 'How old are you?',
	'item.D2.hint': 'Your age in years.',
	'item.C1.text':
		'Because you are under 18, a parent or guardian must agree. Has a parent or guardian agreed that you answer this survey?',
	'item.C1.text_enumerator':
		'For the interviewer: has a parent or guardian of this young person agreed that they answer this survey?',
	'item.D3.text': 'In which region do you live?',
	'item.D4.text': 'What is the highest level of school you went to?',
	'option.D4.none': 'None',
	'option.D4.primary': 'Primary school',
	'option.D4.secondary': 'Secondary school',
	'option.D4.higher': 'University or other studies after secondary school',
	'item.D5.text': 'Have you ever lived or travelled in another country and then come back?',

	'item.E1.text':
		'In the last 3 months, have you seen or heard messages about the dangers of travelling abroad without papers?',
	'item.E2.text': 'Where did you see or hear these messages?',
	'item.E2.hint': 'You can choose more than one answer.',
	'option.E2.radio': 'Radio',
	'option.E2.tv': 'Television',
	'option.E2.social_media': 'Social media (WhatsApp, Facebook, TikTok…)',
	'option.E2.community_event': 'A meeting, show or play in your community',
	'option.E2.school': 'At school',
	'option.E2.returnee_testimony': 'A person who came back from abroad and told their story',
	'option.E2.poster': 'A poster or billboard',
	'option.E2.other': 'Somewhere else',
	'battery.E3.text': 'Have you heard or seen this message?',
	'battery.E3.hint':
		'Here are some short messages. Some may be new to you. For each one, say if you have heard or seen it before.',

	'item.I1.text': 'How well informed do you feel about the risks of travelling abroad without papers?',
	'scale.I1.low': 'Not at all',
	'scale.I1.high': 'Very well',

	'battery.K.text': 'Is this true or false?',
	'battery.K.hint': 'Say what you think. If you do not know, that is fine.',
	'item.K1.text': 'Many people die crossing the desert on the way to North Africa.',
	'item.K2.text': 'Smugglers tell the truth about what the journey will be like.',
	'item.K3.text':
		'Migrants without papers are often locked up in detention centres in the countries they pass through.',
	'item.K4.text': 'The boats that smugglers use to cross the sea are usually safe.',
	'item.K5.text': 'Migrants who travel without papers risk being kidnapped for ransom.',
	'item.K6.text': 'A person who arrives in Europe without papers can easily get the right to work there.',
	'item.K7.text': 'Women who travel without papers face a high risk of sexual violence.',
	'item.K8.text': 'A debt owed to a smuggler can end in forced labour.',

	'item.A1.text': 'Where can you get information you can trust about legal ways to migrate or to work abroad?',
	'item.A1.hint': 'You can choose more than one answer.',
	'option.A1.gov_office': 'A government office',
	'option.A1.ngo': 'An NGO or association',
	'option.A1.un_agency': 'A United Nations agency (such as IOM)',
	'option.A1.embassy': 'An embassy or consulate',
	'option.A1.intermediary': 'An intermediary or middleman',
	'option.A1.social_media_ads': 'Advertisements on social media',

	'battery.R.text': 'How likely is it that someone like you, travelling abroad without papers, would:',
	'item.R1.text': 'Die on the way',
	'item.R2.text': 'Suffer violence or abuse',
	'item.R3.text': 'Be locked up (detained)',
	'item.R4.text': 'Be kidnapped or forced to pay money',
	'item.R5.text': 'Be forced to work without pay',
	'scale.R.low': 'Very unlikely',
	'scale.R.high': 'Very likely',

	'item.T1.text': 'Would you advise a friend, or your brother or sister, not to travel abroad without papers?',
	'item.M1.text': 'Would you like to go and live in another country?',
	'item.M2.text': 'Do you plan to leave in the next 12 months?',
	'item.M3.text': 'How do you plan to travel?',
	'option.M3.regular': 'With a visa and papers',
	'option.M3.irregular': 'Without a visa: by road or by sea, with a smuggler or a “coxeur”',

	'battery.P.text': 'In the last 3 months, have you:',
	'item.P1.text': 'Saved money to travel abroad',
	'item.P2.text': 'Contacted an intermediary or a smuggler',
	'item.P3.text': 'Sold things you own to pay for travelling abroad',
	'item.P4.text': 'Looked for information on routes to travel abroad',

	'battery.TR.text': 'How much do you trust information about migration that comes from:',
	'item.TR1.text': 'People who came back from abroad (returnees)',
	'item.TR2.text': 'NGOs and associations',
	'item.TR3.text': 'The government',
	'item.TR4.text': 'Family and friends',
	'item.TR5.text': 'Social media',
	'item.TR6.text': 'Intermediaries or smugglers',
	'scale.TR.low': 'Not at all',
	'scale.TR.high': 'Completely',

	'item.S1.text':
		'In the last month, have you talked with someone about the risks of travelling abroad without papers?',

	'end.complete': 'Thank you for your answers. The survey is finished.',
	'end.refused': 'Thank you for your time. The survey stops here, and your answers will not be kept.',
	'end.not_eligible': 'Thank you. This survey is only for people aged 15 or older, so it stops here.',

	'problem.unknown_item': 'This question is not part of the survey.',
	'problem.required': 'Please answer this question.',
	'problem.must_be_absent': 'This question should not be answered.',
	'problem.not_an_option': 'Please choose one of the answers given.',
	'problem.dk_not_offered': '“Don’t know” is not a possible answer to this question.',
	'problem.not_an_integer': 'Please give a whole number.',
	'problem.out_of_range': 'Please give a number from {min} to {max}.',
	'problem.not_a_list': 'Please choose one or more answers.',
	'problem.duplicate': 'Please choose each answer only once.',
	'problem.dk_not_alone': 'If you choose “Don’t know”, do not choose another answer.'
} satisfies Record<RequiredTextKey, string> & Record<string, string>;
