import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Tabs, Text, Textarea, TextInput, Title } from "@mantine/core";
import { MAX_ARTICLE_CHARS, MIN_ARTICLE_CHARS } from "@whosaid/domain";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { SignInLink } from "../../components/SignInLink";
import { describeError } from "../../lib/errors";
import { plural } from "../../lib/format";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { FileDrop } from "./FileDrop";
import { isArticleFile, readArticleFile } from "./readArticleFile";
import { useIngestArticleMutation } from "./useIngestArticleMutation";

export function IngestRoute() {
  useDocumentTitle("Ingest an article");
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [publisher, setPublisher] = useState("");
  const [publishedAt, setPublishedAt] = useState("");
  const [ingest, { data, loading, error, reset }] = useIngestArticleMutation();
  const [tab, setTab] = useState("paste");
  const [url, setUrl] = useState("");
  const [batch, setBatch] = useState<{ done: number; total: number; failed: number } | null>(null);

  const length = text.trim().length;
  const tooShort = length > 0 && length < MIN_ARTICLE_CHARS;
  const tooLong = text.length > MAX_ARTICLE_CHARS;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (length < MIN_ARTICLE_CHARS || tooLong) return;
    reset();
    await ingest({
      variables: {
        input: {
          text,
          title: title.trim() || null,
          publisher: publisher.trim() || null,
          // A date input gives a calendar day; the API takes an instant.
          publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`).toISOString() : null,
        },
      },
    }).catch(() => undefined); // shown from `error` below
  }

  async function submitUrl(event: FormEvent) {
    event.preventDefault();
    reset();
    await ingest({ variables: { input: { url: url.trim() } } }).catch(() => undefined);
  }

  async function submitFiles(files: File[]) {
    const accepted = files.filter(isArticleFile);
    setBatch({ done: 0, total: accepted.length, failed: files.length - accepted.length });
    for (const file of accepted) {
      reset();
      const content = await readArticleFile(file);
      const ok = await ingest({ variables: { input: { ...content, title: content.text ? file.name.replace(/\.[^.]+$/, "") : null } } }).then(
        () => true,
        () => false,
      );
      setBatch((b) => b && { ...b, done: b.done + (ok ? 1 : 0), failed: b.failed + (ok ? 0 : 1) });
    }
  }

  const result = data?.ingestArticle;
  const failure = error ? describeError(error) : null;

  return (
    <Stack gap="md" maw={860}>
      <Title order={2}>Ingest an article</Title>
      <Text c="dimmed">
        Paste the plain text of a news article, give its URL, or drop saved .txt or .html files. whosaid extracts the people, their quotes and the claims attributed to
        them. Ingesting the same text twice finds the stored article instead of adding a copy.
      </Text>
      <Tabs value={tab} onChange={(v) => setTab(v ?? "paste")} keepMounted={false}>
        <Tabs.List aria-label="How to give the article">
          <Tabs.Tab value="paste">Paste text</Tabs.Tab>
          <Tabs.Tab value="url">From a URL</Tabs.Tab>
          <Tabs.Tab value="files">Drop files</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="url" pt="sm">
          <form onSubmit={submitUrl} aria-busy={loading} noValidate>
            <Stack gap="sm">
              <TextInput
                label="Article URL"
                description="The server fetches the page and takes out the article (http or https)."
                type="url"
                required
                placeholder="https://example.com/news/story"
                value={url}
                onChange={(e) => setUrl(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" loading={loading} disabled={!/^https?:\/\/\S+$/i.test(url.trim())}>
                  Fetch and ingest
                </Button>
              </Group>
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="sm">
          <FileDrop disabled={loading} onFiles={submitFiles} />
          {batch && (
            <Text size="sm" mt="xs" role="status" data-testid="ingest-batch">
              {batch.done} of {batch.total} files ingested{batch.failed ? `, ${batch.failed} refused` : ""}.
            </Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="paste" pt="sm">
      <form onSubmit={submit} aria-busy={loading} noValidate>
        <Stack gap="sm">
          <Textarea
            label="Article text"
            required
            autosize
            minRows={10}
            maxRows={24}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={
              tooShort
                ? `At least ${MIN_ARTICLE_CHARS} characters are needed.`
                : tooLong
                  ? `At most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters are accepted.`
                  : undefined
            }
            description={`${length.toLocaleString("en")} characters`}
          />
          <Group grow align="start" wrap="wrap">
            <TextInput label="Title" description="Optional" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            <TextInput
              label="Publisher"
              description="Optional"
              value={publisher}
              onChange={(e) => setPublisher(e.currentTarget.value)}
            />
            <TextInput
              label="Published date"
              description="Optional"
              type="date"
              value={publishedAt}
              onChange={(e) => setPublishedAt(e.currentTarget.value)}
            />
          </Group>
          <Group>
            <Button type="submit" loading={loading} disabled={length < MIN_ARTICLE_CHARS || tooLong}>
              Ingest
            </Button>
          </Group>
        </Stack>
      </form>
        </Tabs.Panel>
      </Tabs>

      <div aria-live="polite">
        {loading && (
          <Paper withBorder p="sm" role="status" data-testid="ingest-progress">
            <Group gap="sm">
              <Loader size="sm" aria-hidden="true" />
              <Text>Extracting people, quotes and claims…</Text>
            </Group>
          </Paper>
        )}
        {result && (
          <Alert
            color={result.created ? "green" : "blue"}
            title={result.created ? "Article ingested" : "Already known"}
            data-testid="ingest-result"
          >
            <Stack gap={4}>
              <Text size="sm">
                {result.created
                  ? `Found ${plural(result.article.persons.length, "person", "people")}, ${plural(result.article.quotes.length, "quote")} and ${plural(result.article.claims.length, "claim")} in ${plural(result.article.wordCount, "word")}.`
                  : "This text was ingested before; nothing was added."}
              </Text>
              <Anchor component={Link} to={`/articles/${encodeURIComponent(result.article.id)}`} fw={600}>
                Open “{result.article.title || "Untitled article"}”
              </Anchor>
            </Stack>
          </Alert>
        )}
      </div>
      {failure && (
        <Alert color="red" title={failure.title} role="alert" data-testid="ingest-error" data-error-code={failure.code}>
          {failure.message}
          {failure.code === "UNAUTHENTICATED" && (
            <>
              {" "}
              <SignInLink />
            </>
          )}
        </Alert>
      )}
    </Stack>
  );
}
