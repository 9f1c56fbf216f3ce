export const recordings = {
	'recordings.link': 'Recordings',
	'recordings.title': 'Recordings of the questions',
	'recordings.lead':
		'Respondents who read little can hear each question in their language: a play button appears beside it. Record each question once per language.',
	'recordings.limits':
		'Opus, AAC (M4A) or MP3, at most {size} KB and {seconds, plural, one {# second} other {# seconds}} each.',
	'recordings.summary':
		'{count, plural, one {# recording} other {# recordings}} for {questions, plural, one {# question} other {# questions}} in {languages, plural, one {# language} other {# languages}}.',
	'recordings.read_aloud_on':
		'Read aloud is on: each page of the survey starts with a Listen button that plays its recordings one after the other.',
	'recordings.read_aloud_off': 'Read aloud is off: each recorded question has its own play button.',
	'recordings.read_aloud_change': 'Change it in the campaign’s settings',
	'recordings.question': 'Question {code}',
	'recordings.none': 'Not recorded yet.',
	'recordings.details': '{seconds, plural, one {# second} other {# seconds}} · {size} KB · {format}',
	'recordings.listen': 'Listen to {code} in {language}',
	'recordings.file': 'Recording of {code} in {language}',
	'recordings.upload': 'Upload',
	'recordings.replace': 'Replace',
	'recordings.remove': 'Delete',
	'recordings.remove_label': 'Delete the recording of {code} in {language}',
	'recordings.saved': 'Recording of {code} in {language} saved.',
	'recordings.removed': 'Recording of {code} in {language} deleted.',
	'recordings.problem': '{code} in {language}: {message}',
	'recordings.left_over_title': 'Recordings no longer used',
	'recordings.left_over_hint':
		'Their question or their language is no longer in the campaign, so respondents do not hear them. Delete them, or keep them for a question you will add again with the same code.',
	'recordings.read_aloud_title': 'Read aloud',
	'recordings.read_aloud_label': 'Start each page of the survey with a Listen button that plays its questions in turn',
	'recordings.read_aloud_hint':
		'For respondents who read little: one tap plays the recordings of the page’s questions, one after the other; questions without a recording are skipped. Record the questions on the Recordings page. Each question keeps its own play button, which works without JavaScript too.',
	'recordings.read_aloud_save': 'Save',
	'recordings.read_aloud_saved': 'Read aloud saved.',
	'errors.recording_missing': 'Choose an audio file.',
	'errors.recording_too_large':
		'This recording is larger than {size} KB: record it shorter, or export it in mono at a lower quality (32 kbit/s is enough for a voice).',
	'errors.recording_too_long':
		'This recording lasts {duration, plural, one {# second} other {# seconds}}: keep it to {seconds, plural, one {# second} other {# seconds}} at most.',
	'errors.recording_type': 'This file is not a recording Mesure can use: upload Opus, AAC (M4A) or MP3 audio.',
	'errors.recording_unreadable': 'The length of this recording cannot be read: export it again as MP3.',
	'errors.recording_question_unknown': 'This question is not in the campaign’s survey.',
	'errors.recording_language_unknown': 'This language is not one of the campaign’s.',
	'errors.recording_not_found': 'There is no recording of this question in this language.'
};
