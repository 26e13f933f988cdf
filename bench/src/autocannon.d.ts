declare module "autocannon" {
  const autocannon: (options: Record<string, unknown>) => Promise<{ requests: { average: number; total: number }; errors: number; timeouts: number; non2xx: number; duration: number }>;
  export default autocannon;
}
