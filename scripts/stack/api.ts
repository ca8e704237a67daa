export interface ApiResponse {
  status: number;
  /** Parsed JSON, or the text for other bodies (the SVG chart, HTML pages). */
  body: any;
  headers: Headers;
}

/** Calls a service's HTTP API, with a bearer token when one is given and a JSON body when one is given. */
export async function callApi(
  url: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<ApiResponse> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, headers: response.headers };
}
