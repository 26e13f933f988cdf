import { Button, Mark, Modal, Paper, Radio, Stack, Text, Textarea } from "@mantine/core";
import type { FragmentType } from "@apollo/client";
import { useSuspenseFragment } from "@apollo/client/react";
import { useDisclosure } from "@mantine/hooks";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { graphql } from "../../gql";
import { AddSpanForm } from "./AddFromSelection";
import { describeSpan, findWords, type FindResult, type WordSpan } from "./findWords";

export const AddByWords_article = graphql(`
  fragment AddByWords_article on Article {
    id
    text
  }
`);

/**
 * Adds a missed quote or claim without selecting text with a mouse: the editor types or pastes the
 * words (or the first and last words with "…" between them), picks the occurrence when there are
 * several, then says who said or claims it.
 */
export function AddByWordsButton({ article }: { article: FragmentType<typeof AddByWords_article> }) {
  const { data } = useSuspenseFragment({ fragment: AddByWords_article, fragmentName: "AddByWords_article", from: article });
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="light" size="xs" onClick={open}>
        Add a missed quote or claim…
      </Button>
      <Modal opened={opened} onClose={close} title="Add a missed quote or claim" size="lg">
        {opened && <AddByWords articleId={data.id} text={data.text} onClose={close} />}
      </Modal>
    </>
  );
}

function AddByWords({ articleId, text, onClose }: { articleId: string; text: string; onClose: () => void }) {
  const [typed, setTyped] = useState("");
  const words = useDeferredValue(typed);
  const found = useMemo(() => findWords(text, words), [text, words]);
  // A choice among several occurrences holds only for the words it was made for.
  const [choice, setChoice] = useState<{ words: string; index: string } | null>(null);
  const matches = found.status === "found" ? found.matches : [];
  const chosen = choice?.words === words ? matches[Number(choice.index)] : undefined;
  const span = matches.length === 1 ? matches[0]! : (chosen ?? null);
  const statusId = useId();

  return (
    <Stack gap="sm">
      <Textarea
        label="Words from the article"
        description="Type or paste them as they appear. For a long passage, give its first and last few words with … (or ...) between them."
        placeholder="e.g. Trump kept in touch … left office"
        autosize
        minRows={2}
        maxRows={6}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        error={found.status === "missing" || found.status === "apart"}
        aria-describedby={statusId}
        data-autofocus
      />
      <div id={statusId} role="status">
        <FindStatus found={found} />
      </div>
      {matches.length === 1 && <SpanInContext text={text} span={matches[0]!} />}
      {matches.length > 1 && (
        <Radio.Group
          label="Which one?"
          description={found.status === "found" && found.total > matches.length ? `The first ${matches.length} are listed: add words to narrow them down.` : undefined}
          value={chosen ? choice!.index : null}
          onChange={(index) => setChoice({ words, index })}
        >
          <Stack gap={6} mt={6}>
            {matches.map((m, i) => (
              <Radio key={`${m.start}-${m.end}`} value={String(i)} label={<SpanInContext text={text} span={m} plain />} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <AddSpanForm articleId={articleId} span={span} onDone={onClose} onCancel={onClose} />
    </Stack>
  );
}

function FindStatus({ found }: { found: FindResult }) {
  switch (found.status) {
    case "empty":
      return null;
    case "missing":
      return <Text size="sm" c="red">“{found.part}” is not in the article.</Text>;
    case "apart":
      return <Text size="sm" c="red">These words are in the article, but not in that order within one passage.</Text>;
    case "found":
      return (
        <Text size="sm" c="dimmed">
          {found.total === 1 ? "Found once." : `Found ${found.total} times: choose one below.`}
        </Text>
      );
  }
}

/** A span with the words around it and its paragraph, to tell one occurrence from another. */
function SpanInContext({ text, span, plain = false }: { text: string; span: WordSpan; plain?: boolean }) {
  const d = describeSpan(text, span);
  const body = (
    <Text size="sm" component="span">
      <Text span size="sm" fw={600}>Paragraph {d.paragraph}: </Text>
      {d.before}
      <Mark>{d.words.length > 240 ? `${d.words.slice(0, 120)} … ${d.words.slice(-100)}` : d.words}</Mark>
      {d.after}
    </Text>
  );
  return plain ? body : <Paper withBorder p="xs" data-testid="found-words">{body}</Paper>;
}
