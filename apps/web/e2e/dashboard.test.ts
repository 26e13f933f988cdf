import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const shots = join(root, "apps/web/test-results");
const seed = readFileSync(join(root, "../shared/data/seed/woodward-trump-putin.txt"), "utf8");
// The built API by default; point WHOSAID_E2E_SERVER at another entry to debug against a stand-in.
const serverEntry = process.env.WHOSAID_E2E_SERVER ?? join(root, "apps/api/dist/main.js");

let server: ChildProcess;
let serverLog = "";
let base: string;
let context: BrowserContext;
let page: Page;
const dataDir = mkdtempSync(join(tmpdir(), "whosaid-e2e-data-"));
const profileDir = mkdtempSync(join(tmpdir(), "whosaid-e2e-profile-"));

/** Everything the page reports that a user would call broken. */
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  server = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: { ...process.env, PORT: String(port), WHOSAID_DATA_DIR: dataDir, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${serverLog}`)), 90_000);
    const onData = (chunk: Buffer) => {
      serverLog += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(serverLog);
      if (match) {
        clearTimeout(timer);
        resolve(`http://localhost:${match[1]}`);
      }
    };
    server.stdout!.on("data", onData);
    server.stderr!.on("data", onData);
    server.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${serverLog}`)));
  });

  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
    viewport: { width: 1400, height: 1000 },
  });
  // Registered before any page script runs; CSP does not apply to scripts injected this way.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  page = context.pages()[0] ?? (await context.newPage());
  // Focus-driven UI (tooltips) only reacts in the focused tab.
  await page.bringToFront();
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      problems.push(`request left the server: ${url}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
});

afterAll(async () => {
  await context?.close();
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        server.kill("SIGKILL");
        resolve(undefined);
      }, 5000);
      server.on("exit", () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profileDir, { recursive: true, force: true });
});

describe("the dashboard, driven in Chromium against the real server", () => {
  it("shows the overview with search and recent articles", async () => {
    await page.goto(`${base}/`);
    await page.getByRole("heading", { name: "Recent articles" }).waitFor();
    await page.getByLabel("Search articles, people, quotes and claims").waitFor();
    await shot("01-overview.png");
  });

  it("ingests the seed article from the form and links to its page", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Ingest an article" }).click();
    await page.getByRole("heading", { name: "Ingest an article" }).waitFor();
    // A refusal shows the server's own message (control characters are refused by the API).
    await page.getByLabel("Article text").fill(`Not an article \u0001\u0002 but binary junk that is long enough.`);
    await page.getByRole("button", { name: "Ingest" }).click();
    const refusal = page.getByTestId("ingest-error");
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.getAttribute("data-error-code")).toBe("BAD_USER_INPUT");
    expect(await refusal.textContent()).toMatch(/binary|control/i);
    await shot("02-ingest-refused.png");

    await page.getByLabel("Article text").fill(seed);
    await page.getByLabel("Title").fill("Trump kept in touch with Putin, Woodward’s book says");
    await page.getByLabel("Publisher").fill("Seed");
    await page.getByRole("button", { name: "Ingest" }).click();
    const result = page.getByTestId("ingest-result");
    await result.waitFor({ timeout: 60_000 });
    await shot("02-ingest.png");
    expect(await result.textContent()).toMatch(/Article ingested|Already known/);
    await result.getByRole("link").click();
    await page.waitForURL(/\/articles\//);
  });

  it("finds the article's people, quotes and claims from the overview search", async () => {
    const articleUrl = page.url();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
    await page.getByTestId("article-card").first().waitFor();
    await page.getByLabel("Search articles, people, quotes and claims").fill("Putin");
    const results = page.getByTestId("search-results");
    await results.getByRole("heading", { name: /People/ }).waitFor();
    await results.getByRole("link", { name: "Vladimir Putin" }).first().waitFor();
    await shot("03-search.png");
    await page.goto(articleUrl);
  });

  it("highlights quotes by speaker, claims and mentions on the article page", async () => {
    await page.getByTestId("quote-highlight").first().waitFor();
    const speakers = await page
      .getByTestId("quote-highlight")
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute("data-speaker")))]);
    expect(speakers).toEqual(expect.arrayContaining(["Vladimir Putin", "Jason Miller"]));
    expect(await page.getByTestId("claim-highlight").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("mention-highlight").count()).toBeGreaterThan(0);

    // The article is text, not markup: the page shows it verbatim.
    const shown = await page.getByTestId("article-text").textContent();
    expect(shown?.replace(/\s+/g, " ").trim()).toBe(seed.replace(/\s+/g, " ").trim());

    // The keyboard reaches the highlights, and focusing one shows its attribution.
    await page.getByRole("checkbox", { name: "Mentions" }).focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => {
        const el = document.activeElement;
        return !!el?.closest('[data-testid="article-text"]') && el.getAttribute("tabindex") === "0";
      });
    }
    expect(reached).toBe(true);
    await page.getByRole("tooltip").filter({ hasText: /^(Quote|Claim) by/ }).waitFor();
    await page.keyboard.press("Escape");

    // Hovering a quote shows who said it.
    await page.locator('[data-testid="quote-highlight"][data-speaker="Vladimir Putin"]').first().hover();
    await page.getByRole("tooltip").filter({ hasText: "Quote by Vladimir Putin" }).waitFor();
    await shot("04-article.png");

    // Dark mode is one click away and remembered.
    await page.getByRole("button", { name: "Switch to dark mode" }).click();
    await page.locator('html[data-mantine-color-scheme="dark"]').waitFor({ state: "attached" });
    await shot("04-article-dark.png");
    await page.getByRole("button", { name: "Switch to light mode" }).click();
  });

  it("opens a person's page from the side panel", async () => {
    await page.getByTestId("article-people").getByRole("link", { name: "Vladimir Putin" }).click();
    await page.getByRole("heading", { level: 2, name: "Vladimir Putin" }).waitFor();
    await page.getByTestId("quote-item").first().waitFor();
    await shot("05-person.png");
  });

  it("lists and filters claims, and searches quotes", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" }).click();
    await page.getByRole("heading", { level: 2, name: "Claims" }).waitFor();
    await page.getByTestId("claim-item").first().waitFor();
    await page.getByText("Hedged", { exact: true }).last().click();
    await page.waitForURL(/hedged=true/);
    await page.getByRole("heading", { level: 2, name: "Claims" }).waitFor();
    await page.getByTestId("claim-item").first().waitFor();
    await shot("06-claims.png");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quotes" }).click();
    await page.getByRole("heading", { level: 2, name: "Quotes" }).waitFor();
    await page.getByLabel("Search the words of every quote").fill("anybody");
    await page.getByTestId("quote-item").filter({ hasText: "tell anybody" }).waitFor();
    await shot("07-quotes.png");
  });

  it("opens the GraphiQL playground from the navigation and runs a query", async () => {
    await page.getByRole("link", { name: /Playground/ }).click();
    await page.waitForURL(/\/graphql$/);
    await page.locator(".graphiql-container").waitFor();
    await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor({ timeout: 30_000 });
    // The API's examples open as tabs; "Search" runs without variables.
    const searchTab = page.locator(".graphiql-tab").filter({ hasText: /^Search/ });
    if ((await searchTab.count()) > 0) await searchTab.locator("button").first().click();
    await page.locator(".graphiql-execute-button").click();
    await page.locator(".graphiql-response .monaco-editor").getByText('"data"').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(shots, "08-playground.png") });
  });

  it("logged no console errors, CSP violations, failed or off-site requests", () => {
    expect(problems).toEqual([]);
  });
});

/** A full-page screenshot from the top, so the fixed header does not cover the content. */
async function shot(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, name), fullPage: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
