import { sql } from "drizzle-orm";
import request from "supertest";
import { createApiKey } from "../access/access.service.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/sql-helpers.js";
import { INGEST, newsText, seedText, startTestApi, type TestApi } from "../../test/harness.js";

let api: TestApi;
let articleId: string;
let otherArticleId: string;
let text: string;
const people: Record<string, string> = {};

const ARTICLE = /* GraphQL */ `
  query ($id: ID!) {
    article(id: $id) {
      text
      persons { person { id name } mentionCount mentions { id text } }
      quotes { id text start end reviewed speaker { name kind person { id name } } }
      claims { id text reviewed verdict verdictNote claimant { name kind person { id } } subjects { id } relations { type from { id } to { id } } }
    }
  }
`;

const PERSON = /* GraphQL */ `
  query ($id: ID!) {
    person(id: $id) {
      id name aliases roles mentionCount quoteCount claimCount
      quotes(first: 50) { nodes { id } }
      claims(first: 50) { nodes { id } }
      claimsAbout(first: 50) { nodes { id } }
      articles(first: 50) { nodes { id } }
      history { action actor before after }
    }
  }
`;

const HISTORY_OF_QUOTE = `query ($id: ID!) { quote(id: $id) { history { action actor at before after } } }`;
const HISTORY_OF_CLAIM = `query ($id: ID!) { claim(id: $id) { history { action actor at before after } } }`;

async function article(id = articleId) {
  const res = await api.gql(ARTICLE, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.article;
}
const quoteBy = async (words: string) => (await article()).quotes.find((q: any) => q.text.includes(words));
const claimBy = async (words: string) => (await article()).claims.find((c: any) => c.text.includes(words));
const person = async (id: string) => (await api.gql(PERSON, { id })).data?.person;
const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

/** Runs `attempt` and checks it fails with `code` and writes nothing at all. */
async function refused(code: string, attempt: () => Promise<any>) {
  const before = await api.rowCounts();
  const articleBefore = await article();
  const res = await attempt();
  expect(codeOf(res)).toBe(code);
  expect(res.data).toBeNull();
  expect(await api.rowCounts()).toEqual(before);
  expect(await article()).toEqual(articleBefore);
}

beforeAll(async () => {
  api = await startTestApi();
  const seed = await api.gql(INGEST, { input: { text: seedText(), publisher: "Seed News", publishedAt: "2024-10-09T12:00:00Z" } });
  articleId = seed.data!.ingestArticle.article.id;
  const other = await api.gql(INGEST, { input: { text: newsText("review"), publisher: "Other Post", publishedAt: "2024-09-01T08:00:00Z" } });
  otherArticleId = other.data!.ingestArticle.article.id;
  const a = await article();
  text = a.text;
  for (const p of [...a.persons, ...(await article(otherArticleId)).persons]) people[p.person.name] = p.person.id;
});
afterAll(() => api.close());

const UPDATE_QUOTE = /* GraphQL */ `
  mutation ($input: UpdateQuoteInput!) {
    updateQuote(input: $input) { quote { id reviewed speaker { name kind person { id name quoteCount } } } }
  }
`;

describe("updateQuote", () => {
  it("attributes a quote to another person, marks it reviewed, recounts both speakers and records who did it", async () => {
    const quote = await quoteBy("get in touch");
    const res = await api.gqlAs("alice", UPDATE_QUOTE, { input: { id: quote.id, speaker: { personId: people["Bob Woodward"] } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateQuote.quote).toMatchObject({
      reviewed: true,
      speaker: { name: "Bob Woodward", kind: "PERSON", person: { name: "Bob Woodward", quoteCount: 1 } },
    });
    expect((await person(people["Jason Miller"]!)).quoteCount).toBe(1);

    const { data } = await api.gql(HISTORY_OF_QUOTE, { id: quote.id });
    expect(data!.quote.history).toHaveLength(1);
    expect(data!.quote.history[0]).toMatchObject({
      action: "UPDATE_SPEAKER",
      actor: "alice",
      before: { speaker: { name: "Jason Miller", personId: people["Jason Miller"] }, reviewed: false },
      after: { speaker: { name: "Bob Woodward", personId: people["Bob Woodward"] }, reviewed: true },
    });

    // and back, by name: the name finds the known person.
    const back = await api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: { name: "Jason Miller" } } });
    expect(back.data!.updateQuote.quote.speaker.person.id).toBe(people["Jason Miller"]);
    const again = await api.gql(HISTORY_OF_QUOTE, { id: quote.id });
    expect(again.data!.quote.history.map((h: any) => h.actor)).toEqual(["test", "alice"]);
  });

  it("shows the known person's name when a typed name finds them, and keeps the typed name as an alias", async () => {
    const quote = await quoteBy("get in touch");
    const res = await api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: { name: "Jason A. Miller" } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateQuote.quote.speaker).toMatchObject({ name: "Jason Miller", person: { id: people["Jason Miller"] } });
    expect((await person(people["Jason Miller"]!)).aliases).toContain("Jason A. Miller");
  });

  it("attributes a quote to an organisation by name, or to a new person", async () => {
    const quote = await quoteBy("genius");
    const org = await api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: { name: "The Kremlin", kind: "ORGANIZATION" } } });
    expect(org.data!.updateQuote.quote.speaker).toEqual({ name: "The Kremlin", kind: "ORGANIZATION", person: null });
    const created = await api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: { name: "Melania Trump" } } });
    const speaker = created.data!.updateQuote.quote.speaker;
    expect(speaker.person.name).toBe("Melania Trump");
    expect(speaker.person.id).not.toBe(people["Donald Trump"]);
    // The new person is listed among the article's people.
    expect((await person(speaker.person.id)).articles.nodes).toEqual([{ id: articleId }]);
    await api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: { personId: people["Donald Trump"] } } });
  });

  it("answers NOT_FOUND for an unknown quote or speaker and BAD_USER_INPUT for an unclear speaker, writing nothing", async () => {
    const quote = await quoteBy("anybody");
    await refused("NOT_FOUND", () => api.gql(UPDATE_QUOTE, { input: { id: "UXVvdGU6OTk5OTk", speaker: { name: "X Y" } } }));
    await refused("NOT_FOUND", () => api.gql(UPDATE_QUOTE, { input: { id: "nonsense", speaker: { name: "X Y" } } }));
    await refused("NOT_FOUND", () => api.gql(UPDATE_QUOTE, { input: { id: people["Jason Miller"], speaker: { name: "X Y" } } }));
    await refused("NOT_FOUND", () => api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: { personId: "UGVyc29uOjk5OTk5" } } }));
    await refused("BAD_USER_INPUT", () => api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: {} } }));
    await refused("BAD_USER_INPUT", () => api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: { name: "   " } } }));
    await refused("BAD_USER_INPUT", () =>
      api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: { personId: people["Vladimir Putin"], name: "Someone Else" } } }),
    );
  });

  it("records the name of the API key the edit was made with over HTTP", async () => {
    const quote = await quoteBy("genius");
    const { key } = await createApiKey(api.store.db, { name: "carol@newsroom", role: "EDITOR", createdBy: "test" });
    const res = await request(api.server.app)
      .post("/graphql")
      .set("content-type", "application/json")
      .set("authorization", `Bearer ${key}`)
      .set("x-whosaid-user", "mallory")
      .send({ query: UPDATE_QUOTE, variables: { input: { id: quote.id, speaker: { personId: people["Donald Trump"] } } } });
    expect(res.body.errors).toBeUndefined();
    const { data } = await api.gql(HISTORY_OF_QUOTE, { id: quote.id });
    expect(data!.quote.history[0].actor).toBe("carol@newsroom");
  });
});

const UPDATE_CLAIM = /* GraphQL */ `
  mutation ($input: UpdateClaimInput!) {
    updateClaim(input: $input) { claim { id reviewed claimant { name kind person { id claimCount } } subjects { id } } }
  }
`;

describe("updateClaim", () => {
  it("changes the claimant and the subjects and marks the claim reviewed", async () => {
    const claim = await claimBy("isolated incident");
    const res = await api.gqlAs("bob", UPDATE_CLAIM, {
      input: { id: claim.id, claimant: { personId: people["Bob Woodward"] }, subjectIds: [people["Donald Trump"], people["Vladimir Putin"]] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateClaim.claim).toMatchObject({
      reviewed: true,
      claimant: { name: "Bob Woodward", kind: "PERSON", person: { id: people["Bob Woodward"], claimCount: 1 } },
    });
    expect(res.data!.updateClaim.claim.subjects.map((s: any) => s.id).sort()).toEqual([people["Donald Trump"], people["Vladimir Putin"]].sort());
    const { data } = await api.gql(HISTORY_OF_CLAIM, { id: claim.id });
    expect(data!.claim.history[0]).toMatchObject({
      action: "UPDATE_CLAIM",
      actor: "bob",
      before: { claimant: { name: "The aide", kind: "ANONYMOUS" }, subjects: [] },
      after: { claimant: { name: "Bob Woodward" }, reviewed: true },
    });

    const onlySubjects = await api.gql(UPDATE_CLAIM, { input: { id: claim.id, subjectIds: [] } });
    expect(onlySubjects.data!.updateClaim.claim.subjects).toEqual([]);
    expect(onlySubjects.data!.updateClaim.claim.claimant.name).toBe("Bob Woodward");
  });

  it("refuses unknown subjects, unknown claims and empty corrections without writing", async () => {
    const claim = await claimBy("end the Ukraine-Russia war");
    await refused("NOT_FOUND", () =>
      api.gql(UPDATE_CLAIM, { input: { id: claim.id, claimant: { name: "Some Body" }, subjectIds: [people["Donald Trump"], "UGVyc29uOjk5OTk5"] } }),
    );
    await refused("NOT_FOUND", () => api.gql(UPDATE_CLAIM, { input: { id: "Q2xhaW06OTk5OTk", subjectIds: [] } }));
    await refused("BAD_USER_INPUT", () => api.gql(UPDATE_CLAIM, { input: { id: claim.id } }));
  });
});

const DELETE_QUOTE = `mutation ($input: DeleteInput!) { deleteQuote(input: $input) { deletedId } }`;
const DELETE_CLAIM = `mutation ($input: DeleteInput!) { deleteClaim(input: $input) { deletedId } }`;

describe("deleteQuote and deleteClaim", () => {
  it("deletes a quote, recounts its speaker and keeps the history", async () => {
    const added = await api.gql(ADD_QUOTE, { input: { articleId, ...spanOf("Secret COVID-19 Gesture"), speaker: { personId: people["Kamala Harris"] } } });
    const id = added.data!.addQuote.quote.id;
    expect((await person(people["Kamala Harris"]!)).quoteCount).toBe(1);
    const res = await api.gqlAs("dana", DELETE_QUOTE, { input: { id } });
    expect(res.data!.deleteQuote.deletedId).toBe(id);
    expect((await api.gql(`query ($id: ID!) { quote(id: $id) { id } }`, { id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await person(people["Kamala Harris"]!)).quoteCount).toBe(0);
    // The deleted quote's history is still stored, as an edit by dana.
    const rows = await queryRows<{ action: string; actor: string }>(
      api.store.db,
      sql`select action, actor from edit_history where entity_type = 'Quote' order by id desc limit 1`,
    );
    expect(rows[0]).toEqual({ action: "DELETE", actor: "dana" });
    expect(codeOf(await api.gql(DELETE_QUOTE, { input: { id } }))).toBe("NOT_FOUND");
  });

  it("deletes a claim with its subjects and relations, and recounts its claimant", async () => {
    const added = await api.gql(ADD_CLAIM, {
      input: { articleId, ...spanOf("Election Impact"), claimant: { personId: people["Kamala Harris"] }, subjectIds: [people["Donald Trump"]] },
    });
    const id = added.data!.addClaim.claim.id;
    const other = await claimBy("secretly maintaining contact");
    await api.gql(LINK, { input: { fromId: id, toId: other.id, type: "SUPPORTS" } });
    expect((await person(people["Kamala Harris"]!)).claimCount).toBe(1);
    const res = await api.gql(DELETE_CLAIM, { input: { id } });
    expect(res.errors).toBeUndefined();
    expect((await person(people["Kamala Harris"]!)).claimCount).toBe(0);
    expect((await claimBy("secretly maintaining contact")).relations.every((r: any) => r.from.id !== id)).toBe(true);
    await refused("NOT_FOUND", () => api.gql(DELETE_CLAIM, { input: { id } }));
  });
});

const ADD_QUOTE = /* GraphQL */ `
  mutation ($input: AddQuoteInput!) {
    addQuote(input: $input) { quote { id text start end reviewed confidence speaker { name person { id } } article { id } } }
  }
`;
const ADD_CLAIM = /* GraphQL */ `
  mutation ($input: AddClaimInput!) {
    addClaim(input: $input) { claim { id text start end reviewed hedged claimant { name kind } subjects { id } } }
  }
`;

function spanOf(words: string) {
  const start = text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + words.length };
}

describe("addQuote and addClaim", () => {
  it("adds a quote from a span, leaving out the quotation marks around it", async () => {
    const { start, end } = spanOf("\"genius\"");
    const res = await api.gqlAs("erin", ADD_QUOTE, { input: { articleId, start: start - 1, end, speaker: { personId: people["Donald Trump"] }, kind: "PARTIAL" } });
    // Same span as the extracted "genius": already stored.
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    const span = spanOf("These revelations are likely to stir controversy");
    const added = await api.gqlAs("erin", ADD_QUOTE, { input: { articleId, ...span, speaker: { name: "The Times", kind: "ORGANIZATION" } } });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addQuote.quote).toMatchObject({
      text: "These revelations are likely to stir controversy",
      ...span,
      reviewed: true,
      confidence: 1,
      speaker: { name: "The Times", person: null },
      article: { id: articleId },
    });
    const { data } = await api.gql(HISTORY_OF_QUOTE, { id: added.data!.addQuote.quote.id });
    expect(data!.quote.history[0]).toMatchObject({ action: "ADD", actor: "erin", before: null, after: { text: "These revelations are likely to stir controversy" } });
  });

  it("adds a claim with its claimant and subjects", async () => {
    const span = spanOf("Trump’s campaign has yet to respond directly to the allegations made in the book");
    const res = await api.gql(ADD_CLAIM, {
      input: { articleId, start: span.start - 1, end: span.end, claimant: { name: "the article", kind: "WORK" }, subjectIds: [people["Donald Trump"]], hedged: false },
    });
    expect(res.errors).toBeUndefined();
    // The leading space is trimmed from the span.
    expect(res.data!.addClaim.claim).toMatchObject({ ...span, reviewed: true, claimant: { name: "the article", kind: "WORK" }, subjects: [{ id: people["Donald Trump"] }] });
  });

  it("refuses spans outside the text, empty spans and unknown articles without writing", async () => {
    const speaker = { personId: people["Vladimir Putin"] };
    await refused("BAD_USER_INPUT", () => api.gql(ADD_QUOTE, { input: { articleId, start: 10, end: text.length + 1, speaker } }));
    await refused("BAD_USER_INPUT", () => api.gql(ADD_QUOTE, { input: { articleId, start: 20, end: 20, speaker } }));
    await refused("BAD_USER_INPUT", () => api.gql(ADD_QUOTE, { input: { articleId, start: -1, end: 5, speaker } }));
    await refused("BAD_USER_INPUT", () => api.gql(ADD_QUOTE, { input: { articleId, start: 0, end: 6000, speaker } }));
    const gap = text.indexOf("\n");
    await refused("BAD_USER_INPUT", () => api.gql(ADD_CLAIM, { input: { articleId, start: gap, end: gap + 1 } }));
    await refused("NOT_FOUND", () => api.gql(ADD_CLAIM, { input: { articleId: "QXJ0aWNsZTo5OTk5OQ", start: 0, end: 5 } }));
    await refused("NOT_FOUND", () => api.gql(ADD_CLAIM, { input: { articleId, start: 0, end: 5, subjectIds: ["UGVyc29uOjk5OTk5"] } }));
    await refused("NOT_FOUND", () => api.gql(ADD_QUOTE, { input: { articleId, start: 0, end: 5, speaker: { personId: "UGVyc29uOjk5OTk5" } } }));
  });
});

const SET_VERDICT = /* GraphQL */ `
  mutation ($input: SetClaimVerdictInput!) { setClaimVerdict(input: $input) { claim { id verdict verdictNote reviewed } } }
`;

describe("setClaimVerdict", () => {
  it("sets the verdict with a note and records the change", async () => {
    const claim = await claimBy("six phone calls");
    const res = await api.gqlAs("fact-desk", SET_VERDICT, { input: { id: claim.id, verdict: "UNPROVEN", note: "  Only the book says so.  " } });
    expect(res.data!.setClaimVerdict.claim).toMatchObject({ verdict: "UNPROVEN", verdictNote: "Only the book says so.", reviewed: true });
    const { data } = await api.gql(HISTORY_OF_CLAIM, { id: claim.id });
    expect(data!.claim.history[0]).toMatchObject({
      action: "SET_VERDICT",
      actor: "fact-desk",
      before: { verdict: "UNREVIEWED", verdictNote: null },
      after: { verdict: "UNPROVEN", verdictNote: "Only the book says so." },
    });
    const { data: board } = await api.gql(`{ claims(first: 10, filter: { verdict: UNPROVEN }) { nodes { id } } }`);
    expect(board!.claims.nodes).toEqual([{ id: claim.id }]);
  });

  it("refuses an unknown verdict or claim without writing", async () => {
    const claim = await claimBy("six phone calls");
    await refused("NOT_FOUND", () => api.gql(SET_VERDICT, { input: { id: "Q2xhaW06OTk5OTk", verdict: "FALSE" } }));
    const bad = await api.gql(SET_VERDICT, { input: { id: claim.id, verdict: "MAYBE" } });
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
  });
});

const LINK = /* GraphQL */ `
  mutation ($input: LinkClaimsInput!) { linkClaims(input: $input) { relation { type from { id } to { id } } from { id reviewed } to { id reviewed } } }
`;
const UNLINK = /* GraphQL */ `
  mutation ($input: LinkClaimsInput!) { unlinkClaims(input: $input) { relation { type } from { id relations { type } } to { id } } }
`;

describe("linkClaims and unlinkClaims", () => {
  it("links two claims once, however often asked, and unlinks them", async () => {
    const book = await claimBy("numerous conversations");
    const calls = await claimBy("six phone calls");
    const input = { fromId: calls.id, toId: book.id, type: "SUPPORTS" };
    const res = await api.gqlAs("gil", LINK, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.linkClaims).toMatchObject({ relation: { type: "SUPPORTS", from: { id: calls.id }, to: { id: book.id } }, from: { reviewed: true }, to: { reviewed: true } });
    await api.gql(LINK, { input });
    expect((await claimBy("numerous conversations")).relations).toEqual([{ type: "SUPPORTS", from: { id: calls.id }, to: { id: book.id } }]);
    const { data } = await api.gql(HISTORY_OF_CLAIM, { id: book.id });
    expect(data!.claim.history[0]).toMatchObject({ action: "LINK", actor: "gil", after: { type: "SUPPORTS", from: calls.id, to: book.id } });

    const unlinked = await api.gql(UNLINK, { input });
    expect(unlinked.data!.unlinkClaims.relation).toBeNull();
    expect((await claimBy("numerous conversations")).relations).toEqual([]);
    await refused("NOT_FOUND", () => api.gql(UNLINK, { input }));
  });

  it("refuses linking a claim to itself or to an unknown claim", async () => {
    const calls = await claimBy("six phone calls");
    await refused("BAD_USER_INPUT", () => api.gql(LINK, { input: { fromId: calls.id, toId: calls.id, type: "REPEATS" } }));
    await refused("NOT_FOUND", () => api.gql(LINK, { input: { fromId: calls.id, toId: "Q2xhaW06OTk5OTk", type: "REPEATS" } }));
  });
});

const MERGE = /* GraphQL */ `
  mutation ($input: MergePersonsInput!) { mergePersons(input: $input) { removedId person { id name aliases mentionCount quoteCount claimCount } } }
`;
const SPLIT = /* GraphQL */ `
  mutation ($input: SplitPersonInput!) {
    splitPerson(input: $input) { person { id aliases mentionCount } created { id name aliases mentionCount quoteCount claimCount } }
  }
`;

describe("mergePersons and splitPerson", () => {
  it("merges a duplicate into a person: aliases, mentions, quotes, claims, subjects and articles move; the duplicate is gone", async () => {
    // A second record of Miller, as a wrong correction can create.
    const quote = await quoteBy("not heard");
    const created = await api.gql(UPDATE_QUOTE, { input: { id: quote.id, speaker: { name: "J. Miller" } } });
    const duplicate = created.data!.updateQuote.quote.speaker.person.id;
    expect(duplicate).not.toBe(people["Jason Miller"]);
    const claim = await claimBy("secretly maintaining contact");
    await api.gql(UPDATE_CLAIM, { input: { id: claim.id, subjectIds: [duplicate, people["Donald Trump"]] } });
    const before = await person(people["Jason Miller"]!);

    const res = await api.gqlAs("hana", MERGE, { input: { targetId: people["Jason Miller"], sourceId: duplicate } });
    expect(res.errors).toBeUndefined();
    const merged = res.data!.mergePersons;
    expect(merged.removedId).toBe(duplicate);
    expect(merged.person.aliases).toEqual(expect.arrayContaining(["Jason Miller", "Miller", "J. Miller"]));
    expect(merged.person.quoteCount).toBe(before.quoteCount + 1);
    expect(codeOf(await api.gql(PERSON, { id: duplicate }))).toBe("NOT_FOUND");
    // The quote shows the person it now belongs to; the name the editor typed is one of his aliases.
    expect((await quoteBy("not heard")).speaker).toMatchObject({ name: "Jason Miller", kind: "PERSON", person: { id: people["Jason Miller"] } });
    expect((await claimBy("secretly maintaining contact")).subjects.map((s: any) => s.id)).toContain(people["Jason Miller"]);
    const after = await person(people["Jason Miller"]!);
    expect(after.articles.nodes).toEqual([{ id: articleId }]);
    expect(after.history[0]).toMatchObject({ action: "MERGE", actor: "hana", before: { absorbed: { id: duplicate, name: "J. Miller" } } });
  });

  it("refuses merging a person into themselves or an unknown person without writing", async () => {
    await refused("BAD_USER_INPUT", () => api.gql(MERGE, { input: { targetId: people["Bob Woodward"], sourceId: people["Bob Woodward"] } }));
    await refused("NOT_FOUND", () => api.gql(MERGE, { input: { targetId: people["Bob Woodward"], sourceId: "UGVyc29uOjk5OTk5" } }));
    await refused("NOT_FOUND", () => api.gql(MERGE, { input: { targetId: "UGVyc29uOjk5OTk5", sourceId: people["Bob Woodward"] } }));
  });

  it("splits a wrongly merged person back apart by alias, and by article", async () => {
    const merged = await api.gql(MERGE, { input: { targetId: people["Bob Woodward"], sourceId: people["Kamala Harris"] } });
    expect(merged.data!.mergePersons.person.mentionCount).toBe(7);

    const res = await api.gqlAs("ivan", SPLIT, {
      input: { id: people["Bob Woodward"], name: "Kamala Harris", aliases: ["Kamala Harris", "Vice President Kamala Harris"] },
    });
    expect(res.errors).toBeUndefined();
    const { person: woodward, created } = res.data!.splitPerson;
    expect(woodward.aliases).toEqual(["Bob Woodward", "Woodward"]);
    expect(woodward.mentionCount).toBe(5);
    expect(created).toMatchObject({ name: "Kamala Harris", mentionCount: 2 });
    const harris = await person(created.id);
    expect(harris.articles.nodes).toEqual([{ id: articleId }]);
    expect(harris.claimsAbout.nodes.length).toBe(0); // subjects move with articles, not with aliases
    expect(harris.history[0]).toMatchObject({ action: "SPLIT_FROM", actor: "ivan" });

    // By article: Jane Doe's article goes to a new person wholesale.
    const doe = people["Jane Doe"]!;
    const byArticle = await api.gql(SPLIT, { input: { id: doe, name: "Jane Q. Doe", articleIds: [otherArticleId] } });
    expect(byArticle.errors).toBeUndefined();
    const newDoe = byArticle.data!.splitPerson.created;
    expect(newDoe.mentionCount).toBeGreaterThan(0);
    expect(byArticle.data!.splitPerson.person.mentionCount).toBe(0);
    expect((await person(doe)).articles.nodes).toEqual([]);
    expect((await person(newDoe.id)).articles.nodes).toEqual([{ id: otherArticleId }]);
  });

  it("splits chosen mentions off a person", async () => {
    const miller = (await article()).persons.find((p: any) => p.person.name === "Jason Miller");
    const pronoun = miller.mentions.find((m: any) => m.text === "he");
    const res = await api.gql(SPLIT, { input: { id: people["Jason Miller"], name: "Someone Else", mentionIds: [pronoun.id] } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.splitPerson.created.mentionCount).toBe(1);
    expect(res.data!.splitPerson.person.mentionCount).toBe(miller.mentionCount - 1);
  });

  it("refuses a split that moves nothing, someone else's alias, or an article without them", async () => {
    const id = people["Vladimir Putin"];
    await refused("BAD_USER_INPUT", () => api.gql(SPLIT, { input: { id, name: "Other Putin" } }));
    await refused("BAD_USER_INPUT", () => api.gql(SPLIT, { input: { id, name: "Other Putin", aliases: ["Woodward"] } }));
    await refused("BAD_USER_INPUT", () => api.gql(SPLIT, { input: { id, name: "Other Putin", aliases: ["Vladimir Putin"] } }));
    await refused("BAD_USER_INPUT", () => api.gql(SPLIT, { input: { id, name: "Other Putin", articleIds: [otherArticleId] } }));
    await refused("NOT_FOUND", () => api.gql(SPLIT, { input: { id, name: "Other Putin", mentionIds: ["bm9wZQ"] } }));
    await refused("NOT_FOUND", () => api.gql(SPLIT, { input: { id: "UGVyc29uOjk5OTk5", name: "X Y", aliases: ["X"] } }));
  });

  it("names moved quotes after the person they move to, and a split by the article's words for the speaker moves them back", async () => {
    const putin = await person(people["Vladimir Putin"]!);
    const merged = await api.gql(MERGE, { input: { targetId: people["Bob Woodward"], sourceId: people["Vladimir Putin"] } });
    expect(merged.errors).toBeUndefined();
    expect((await quoteBy("anybody")).speaker).toMatchObject({ name: "Bob Woodward", person: { id: people["Bob Woodward"] } });

    // The quote's speaker is named "Putin" in the text: splitting that alias off takes the quote along.
    const res = await api.gql(SPLIT, { input: { id: people["Bob Woodward"], name: "Vladimir Putin", aliases: putin.aliases } });
    expect(res.errors).toBeUndefined();
    const created = res.data!.splitPerson.created;
    expect(created).toMatchObject({ quoteCount: putin.quoteCount, mentionCount: putin.mentionCount });
    expect((await quoteBy("anybody")).speaker).toMatchObject({ name: "Vladimir Putin", person: { id: created.id } });
    people["Vladimir Putin"] = created.id;
  });
});

describe("overview, network and filters", () => {
  it("counts, groups claims by verdict, ranks the most quoted and draws a timeline", async () => {
    const { data, errors } = await api.gql(`{
      overview {
        articleCount personCount quoteCount claimCount
        claimsByVerdict { verdict count }
        mostQuoted(first: 3) { name quoteCount }
        timeline(days: 60) { day articles quotes claims }
      }
    }`);
    expect(errors).toBeUndefined();
    const o = data!.overview;
    expect(o.articleCount).toBe(2);
    expect(o.claimsByVerdict.reduce((n: number, v: any) => n + v.count, 0)).toBe(o.claimCount);
    expect(o.mostQuoted[0].quoteCount).toBeGreaterThanOrEqual(o.mostQuoted.at(-1).quoteCount);
    expect(o.timeline.at(-1)).toMatchObject({ day: "2024-10-09", articles: 1 });
    expect(o.timeline.find((d: any) => d.day === "2024-09-01")).toMatchObject({ articles: 1 });
    expect(o.timeline).toHaveLength(39);
    expect(o.timeline.reduce((n: number, d: any) => n + d.quotes, 0)).toBe(o.quoteCount);
  });

  it("shows who appears with a person", async () => {
    const { data, errors } = await api.gql(`query ($id: ID!) { person(id: $id) { coOccurrence(first: 10) { people { person { name } sharedArticles } links { source target sharedArticles } } } }`, {
      id: people["Donald Trump"],
    });
    expect(errors).toBeUndefined();
    const names = data!.person.coOccurrence.people.map((p: any) => p.person.name);
    expect(names).toEqual(expect.arrayContaining(["Vladimir Putin", "Jason Miller"]));
    expect(data!.person.coOccurrence.links.length).toBeGreaterThan(names.length);
  });

  it("filters quotes and claims by publisher and date", async () => {
    const q = await api.gql(`{ quotes(first: 50, filter: { publisher: "Other Post" }) { nodes { article { id } } } }`);
    expect(q.data!.quotes.nodes.length).toBeGreaterThan(0);
    expect(q.data!.quotes.nodes.every((n: any) => n.article.id === otherArticleId)).toBe(true);
    const c = await api.gql(`{ claims(first: 50, filter: { from: "2024-10-01T00:00:00Z", to: "2024-10-31T00:00:00Z" }) { nodes { article { id } } } }`);
    expect(c.data!.claims.nodes.length).toBeGreaterThan(0);
    expect(c.data!.claims.nodes.every((n: any) => n.article.id === articleId)).toBe(true);
    const none = await api.gql(`{ claims(first: 50, filter: { to: "2020-01-01T00:00:00Z" }) { nodes { id } } }`);
    expect(none.data!.claims.nodes).toEqual([]);
  });
});
