import { Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { useRef, useState, type DragEvent } from "react";
import { ACCEPTED_FILES } from "./readArticleFile";
import classes from "./FileDrop.module.css";

/** A drop area for .txt/.html files that is also a button opening the file chooser. Files are read in the browser. */
export function FileDrop({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...e.dataTransfer.files]);
  };
  return (
    <>
      <UnstyledButton
        className={classes.zone}
        data-over={over || undefined}
        disabled={disabled}
        onClick={() => input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        aria-label="Choose or drop article files (.txt or .html)"
        data-testid="file-drop"
      >
        <Paper p="xl" bg="transparent">
          <Stack align="center" gap={4}>
            <Text fw={600}>Drop .txt or .html files here</Text>
            <Text size="sm" c="dimmed">
              or press to choose them. Each file becomes one article; HTML pages have their article taken out.
            </Text>
          </Stack>
        </Paper>
      </UnstyledButton>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        multiple
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
