// Regenerates the name/place/organisation/role word lists in src/lexicons/ from compromise's
// built-in lexicon (MIT). Run by hand (`node scripts/build-lexicons.mjs`); the output is committed,
// so the extractor never loads compromise at run time.
import { writeFileSync } from "node:fs";
import nlp from "compromise";

const lexicon = nlp.world().model.one.lexicon;
const byTag = (tag) =>
  Object.entries(lexicon)
    .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes(tag))
    .map(([word]) => word)
    .sort();
const write = (name, data) => writeFileSync(new URL(`../src/lexicons/${name}.json`, import.meta.url), JSON.stringify(data, null, 0) + "\n");

write("given-names", { male: byTag("MaleName"), female: byTag("FemaleName"), either: byTag("FirstName") });
write("surnames", byTag("LastName"));
write("places", [...byTag("Country"), ...byTag("Region"), ...byTag("City"), ...byTag("Place").filter((w) => w.length > 3)].sort());
write("organizations", byTag("Organization").filter((w) => w.length > 2));
write("demonyms", byTag("Demonym"));
write("role-nouns", byTag("Actor").filter((w) => !/^any|^some|^every|^no/.test(w)));
// Verb forms by tense, for the cue tagger's "is this word a verb, and which form" features.
const singleWords = (tag) => byTag(tag).filter((w) => /^[a-z][a-z'-]*$/.test(w));
write("verb-forms", { past: singleWords("PastTense"), present: singleWords("PresentTense"), gerund: singleWords("Gerund"), infinitive: singleWords("Infinitive"), participle: singleWords("Participle") });
// Adjectives, so "Derelict Obama and Clinton;" (a headline) is not a person called Derelict Obama.
write("adjectives", singleWords("Adjective"));
