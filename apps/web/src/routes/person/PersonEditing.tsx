import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PersonPicker, type PickedPerson } from "../../components/PersonPicker";
import { Failure } from "../../components/ReviewActions";
import { useMergePersonsMutation } from "../../review/useMergePersonsMutation";
import { useSplitPersonMutation } from "../../review/useSplitPersonMutation";

/** Merges another record of the same person into this one. */
export function MergePersonButton({ person }: { person: { id: string; name: string } }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [other, setOther] = useState<PickedPerson | null>(null);
  const [merge, { loading, error }] = useMergePersonsMutation();
  return (
    <>
      <Button variant="light" size="xs" onClick={open}>
        Merge a duplicate…
      </Button>
      <Modal opened={opened} onClose={close} title={`Merge a duplicate into ${person.name}`}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!other) return;
            merge({ variables: { input: { targetId: person.id, sourceId: other.id } } }).then(() => {
              setOther(null);
              close();
            }, () => undefined);
          }}
        >
          <Stack>
            <PersonPicker label="Duplicate to merge in" value={other} onChange={setOther} exclude={[person.id]} required />
            {other && (
              <Alert color="yellow" title="This cannot be undone by a click">
                <Text size="sm">
                  Every mention, quote and claim of <b>{other.name}</b> moves to <b>{person.name}</b>; their names become aliases and{" "}
                  {other.name} is removed. A split can separate them again.
                </Text>
              </Alert>
            )}
            <Failure error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>Cancel</Button>
              <Button type="submit" color="orange" disabled={!other} loading={loading}>Merge into {person.name}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Moves aliases and articles of a wrongly merged person to a new person. */
export function SplitPersonButton({
  person,
  articles,
}: {
  person: { id: string; name: string; aliases: readonly string[] };
  articles: readonly { id: string; title: string | null }[];
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [name, setName] = useState("");
  const [aliases, setAliases] = useState<string[]>([]);
  const [articleIds, setArticleIds] = useState<string[]>([]);
  const [split, { loading, error }] = useSplitPersonMutation();
  const navigate = useNavigate();
  const choosable = person.aliases.filter((a) => a !== person.name);
  const ready = name.trim() !== "" && (aliases.length > 0 || articleIds.length > 0);
  return (
    <>
      <Button variant="subtle" size="xs" onClick={open}>
        Split…
      </Button>
      <Modal opened={opened} onClose={close} title={`Split ${person.name}`} size="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!ready) return;
            split({ variables: { input: { id: person.id, name: name.trim(), aliases, articleIds } } }).then((result) => {
              close();
              const created = result.data?.splitPerson.created;
              if (created) navigate(`/people/${encodeURIComponent(created.id)}`);
            }, () => undefined);
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              What you choose moves to a new person: the aliases (with every mention, quote and claim under them) and
              everything in the chosen articles.
            </Text>
            <TextInput label="New person's name" required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
            <Checkbox.Group label="Aliases that belong to the new person" value={aliases} onChange={setAliases}>
              <Stack gap={4} mt={4}>
                {choosable.length === 0 && <Text size="sm" c="dimmed">No other aliases.</Text>}
                {choosable.map((a) => (
                  <Checkbox key={a} value={a} label={a} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Checkbox.Group label="Articles that are about the new person" description="The latest articles are listed" value={articleIds} onChange={setArticleIds}>
              <Stack gap={4} mt={4}>
                {articles.map((a) => (
                  <Checkbox key={a.id} value={a.id} label={a.title || "Untitled article"} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Failure error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>Cancel</Button>
              <Button type="submit" disabled={!ready} loading={loading}>Split off {name.trim() || "new person"}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
