/** What a dropped or chosen file becomes: HTML for .html/.htm, plain text for anything else we accept. */
export async function readArticleFile(file: File): Promise<{ text?: string; html?: string }> {
  const content = await file.text();
  return /\.html?$/i.test(file.name) || file.type === "text/html" ? { html: content } : { text: content };
}

export const ACCEPTED_FILES = ".txt,.text,.html,.htm,text/plain,text/html";

/** Whether a file is one we read (by extension or type). */
export function isArticleFile(file: { name: string; type: string }): boolean {
  return /\.(txt|text|html?)$/i.test(file.name) || file.type === "text/plain" || file.type === "text/html";
}
