export const usage = `Usage: gatehouse <command> [options]

Commands:
  validate PATH                 Check a file or folder of files; no network.
  plan PATH                     Read live state and print what apply would change.
      --format text|markdown|json   (default text)
      --detailed-exitcode           exit 0 no changes, 2 changes, 1 error
      --verbose                     list unmanaged members by name
      --out FILE.json               also save the plan, for apply FILE.json
  apply PATH                    Print the plan, ask, then apply it.
  apply FILE.json               Plan afresh from the saved plan's files; apply only if
                                the fresh plan has its fingerprint (no question asked).
      --yes                         apply without asking (required without a terminal)
      --expect-fingerprint F        apply only if the fresh plan has fingerprint F (no question asked)
      --format text|markdown|json   how to print the plan (default text)
  export                        Write the live state as a desired-state file (YAML) on stdout.
      --asana-workspace NAME        only this Asana workspace, by name or gid (repeatable)
      --all-asana-workspaces        every Asana workspace (the default without --dreadnode-org)
      --dreadnode-org SLUG          this Dreadnode organisation (repeatable)
      --out PATH                    write a file instead (never a partial one)
      --split                       with --out: a folder, a file per workspace and per team,
                                    and dreadnode.yaml
      (and the token-file and rate-limit options below)
  sandbox --seed FILE           Serve local Asana- and Dreadnode-compatible APIs seeded from FILE.
      --port N                      (default 0: any free port)
      --rate-limit N/min            answer 429 + Retry-After past N requests a minute per service
      --latency MS                  wait MS before every answer
      --faults SPEC                 e.g. 429:0.1,500:0.05,reset:0.05 (--help lists every key)

Options for plan and apply:
  --prune                       remove live members the file does not list, at every place
                                whose members it lists (a place may set prune: true or false)
  --max-removals N              refuse when a run removes more than N (default 10)
  --max-removal-share P         refuse when a run removes more than P of a place's members,
                                at places with at least 8 (default 25%)
  --force                       go past those two limits

Options for plan, apply and export:
  --token-file FILE             read the Asana token from FILE instead of ASANA_TOKEN
  --dreadnode-token-file FILE   read the Dreadnode token from FILE instead of DREADNODE_TOKEN
  --rate-limit N/min            Asana requests per minute (default 1500, paid plans; free plans: 150/min)
  --dreadnode-rate-limit N/min  Dreadnode requests per minute (default 600)

Environment:
  ASANA_TOKEN                   Asana personal access token
  ASANA_BASE_URL                default https://app.asana.com/api/1.0
  DREADNODE_TOKEN               Dreadnode API token (needed when the file has a dreadnode section)
  DREADNODE_BASE_URL            address that /api/v1/... is appended to; no default
  ASANA_RATE_LIMIT              like --rate-limit (the flag wins)
  DREADNODE_RATE_LIMIT          like --dreadnode-rate-limit (the flag wins)
  NO_COLOR                      never colour the output

Exit codes: 0 success, 1 error, 2 changes present (plan --detailed-exitcode).
`;
