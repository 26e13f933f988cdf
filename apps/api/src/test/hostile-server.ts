import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";

/** A local web server with well-behaved and hostile pages, counting every TCP connection it accepts. */
export interface HostileServer {
  port: number;
  origin: string;
  connections: () => number;
  /** Serves `body` at `path` as the given content type. */
  page(path: string, body: string, contentType?: string): void;
  close(): Promise<void>;
}

const MB = 1024 * 1024;

export async function startHostileServer(): Promise<HostileServer> {
  const pages = new Map<string, { body: string; type: string }>();
  let connections = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const page = pages.get(url.pathname);
    if (page) return void res.writeHead(200, { "content-type": page.type }).end(page.body);
    switch (url.pathname) {
      case "/redirect-to-metadata":
        return void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
      case "/loop":
        return void res.writeHead(302, { location: "/loop" }).end();
      case "/png":
        return void res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(100));
      case "/huge": {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(MB, "a");
        let sent = 0;
        const pump = () => {
          while (sent < 50 && res.write(chunk)) sent++;
          if (sent >= 50) res.end();
          else res.once("drain", pump);
        };
        res.on("close", () => (sent = 50));
        return pump();
      }
      case "/gzip-bomb": {
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return void res.end(zlib.gzipSync(Buffer.alloc(50 * MB, " "), { level: 9 }));
      }
      case "/lying-length": {
        res.writeHead(200, { "content-type": "text/html", "content-length": "100" });
        res.socket?.write(Buffer.alloc(10 * MB, "a"));
        return void res.socket?.end();
      }
      case "/slow": {
        res.writeHead(200, { "content-type": "text/html" });
        const timer = setInterval(() => res.write("a"), 1000);
        return void res.on("close", () => clearInterval(timer));
      }
      default:
        return void res.writeHead(404).end();
    }
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    connections: () => connections,
    page: (path, body, type = "text/html; charset=utf-8") => void pages.set(path, { body, type }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
