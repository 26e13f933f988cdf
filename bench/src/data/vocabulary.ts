/** Words and names the generator draws from. Content words beyond the real ones are pronounceable pseudo-words. */

/** The most frequent content words of political news, most frequent first (ranks 0…). */
const NEWS_WORDS = `government campaign president election state people year country party report
vote policy law court security police public health official money million week plan city group
support house border war trade market tax company deal leader power debate poll bill economy office
program national federal military question minister issue business service rights news time
percent spokesman statement interview department agency committee senate congress nation family
system community crisis budget energy climate school team force region foreign attack deadline
investigation evidence decision change control record history future information meeting council
protest strategy problem industry worker job price office video source memo letter speech
candidate governor mayor voter judge lawyer prosecutor reporter analyst adviser official director
debt vaccine hospital water fuel oil gas bank fund insurance pension salary wage inflation growth
crime prison immigrant refugee treaty sanction alliance missile nuclear weapon army navy troop
ceasefire peace talk summit agreement proposal reform scandal inquiry hearing testimony verdict
appeal ruling ban limit rule mandate emergency disaster storm flood fire drought harvest farm food`
  .split(/\s+/)
  .filter(Boolean);

const ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "st", "tr", "pl", "kr", "sh", "th", "ch"];
const NUCLEI = ["a", "e", "i", "o", "u", "ai", "ou", "ea"];
const CODAS = ["", "n", "r", "l", "s", "m", "x", "k"];

/** Content word of rank `k` (0 = most frequent): real news words first, then pseudo-words. */
export function contentWord(k: number): string {
  if (k < NEWS_WORDS.length) return NEWS_WORDS[k]!;
  let n = k - NEWS_WORDS.length;
  // Three syllables (onset + nucleus), then a coda: 24·8 · 24·8 · 24·8 … distinct by construction.
  let word = "";
  for (let s = 0; s < 3; s++) {
    word += ONSETS[n % ONSETS.length]! + NUCLEI[Math.floor(n / ONSETS.length) % NUCLEI.length]!;
    n = Math.floor(n / (ONSETS.length * NUCLEI.length));
  }
  return word + CODAS[n % CODAS.length]!;
}

/** Function words woven between content words (never indexed by the `english` text search configuration). */
export const FUNCTION_WORDS = ["the", "of", "and", "to", "a", "in", "that", "for", "on", "with", "as", "was", "by", "at", "from", "it", "is", "this", "has", "be"];

export const FIRST_NAMES_HE = `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick
Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy
Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce
Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis`
  .split(/\s+/)
  .filter(Boolean);

export const FIRST_NAMES_SHE = `Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel
Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan
Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Kamala`
  .split(/\s+/)
  .filter(Boolean);

export const SURNAMES = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales
Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long
Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes
Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez
McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson
Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson
Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver`
  .split(/\s+/)
  .filter(Boolean);

export const ROLES = ["President", "Senator", "Governor", "Representative", "Secretary", "Mayor", "spokesman", "spokeswoman", "adviser", "campaign manager", "chief of staff", "economist", "professor", "attorney"];

export const ORGANIZATIONS = ["the White House", "the Pentagon", "the campaign", "the Justice Department", "the committee", "Reuters", "the agency", "the State Department"];
export const ANONYMOUS = ["an aide", "a senior official", "one official", "a person familiar with the matter", "a spokesperson", "officials"];

export const QUOTE_CUES = ["said", "told reporters", "said in a statement", "added", "wrote", "told the newspaper", "said on Tuesday", "argued"];
export const CLAIM_CUES = ["said that", "claimed that", "argued that", "insisted that", "told reporters that", "wrote that"];
export const HEDGES = ["reportedly", "allegedly", "apparently"];
