using System;
using System.Collections.Generic;
using System.Globalization;
using AlgorithmGen.Hosts;

namespace AlgorithmGen.Serving.Host
{
    /// <summary>
    /// The serving host's command line: <c>serve</c> (how SageMaker starts an inference image) and a few options for
    /// local runs. <c>--key=value</c> arguments it does not know go to ASP.NET Core's configuration (as
    /// WebApplicationFactory passes its settings); any other argument is a usage error.
    /// </summary>
    internal sealed class CommandLine : HostCommandLine
    {
        private CommandLine()
        {
        }

        public string? ModelDirectory { get; private set; }

        public int? Port { get; private set; }

        /// <summary><c>--key=value</c> arguments left to ASP.NET Core's configuration.</summary>
        public List<string> Forwarded { get; } = new List<string>();

        public static string HelpText(string application) =>
            "Usage: " + application + " serve [options]\n"
            + "\n"
            + "Serves the model under /opt/ml/model over HTTP as SageMaker expects ('<image> serve'): GET /ping,\n"
            + "POST /invocations (negotiated by the algorithm's declared content and response types) and\n"
            + "GET /execution-parameters (batch transform).\n"
            + "\n"
            + "Options:\n"
            + "  --model DIR     The model folder (default: $SAGEMAKER_BASE_DIR/model, else /opt/ml/model).\n"
            + "  --port N        The port (default: $SAGEMAKER_BIND_TO_PORT, else 8080).\n"
            + "  --verbose       Debug log entries (one per /ping too), errors with stack traces\n"
            + "                  (or ALGORITHMGEN_LOG_LEVEL=Debug).\n"
            + "  -h, --help      This text.\n"
            + "  --KEY=VALUE     Other ASP.NET Core configuration, e.g. --Logging:LogLevel:Default=Warning.\n"
            + "\n"
            + "Run it locally, then call it as SageMaker would:\n"
            + "  " + application + " serve --model ./local-runs/<job>/model --port 8080\n"
            + "  curl -s localhost:8080/ping -w '%{http_code}\\n'\n"
            + "  curl -s localhost:8080/invocations -H 'Content-Type: text/csv' -H 'Accept: application/json' --data-binary @rows.csv\n"
            + "\n"
            + "Exit codes: 0 stopped (SIGTERM, after in-flight requests finished; SageMaker sends SIGKILL 30 s later,\n"
            + "or SIGINT); 1 failed (the model did not load, or the port is taken); 2 usage error.\n";

        public static string Usage(string application) =>
            "Usage: " + application + " serve [--model DIR] [--port N] [--verbose]; '" + application + " serve --help' lists every option.";

        public static CommandLine Parse(IReadOnlyList<string> args)
        {
            var line = new CommandLine();
            line.ReadOptions(args, "serve", "an inference image", "this host only serves ('<image> serve')");
            return line;
        }

        protected override void ReadOption(string name, string argument, bool hasInlineValue)
        {
            switch (name)
            {
                case "--model":
                    ModelDirectory = Value();
                    if (ModelDirectory is { Length: 0 })
                    {
                        Error = "--model needs a folder";
                    }

                    break;
                case "--port":
                    string? port = Value();
                    if (port is not null)
                    {
                        if (ServingSettings.TryParsePort(port, out int parsed))
                        {
                            Port = parsed;
                        }
                        else
                        {
                            Error = "--port takes a port number from 1 to 65535, not '" + port + "'";
                        }
                    }

                    break;
                default:
                    // --Key=Value is ASP.NET Core configuration; anything else is a typo.
                    if (hasInlineValue)
                    {
                        Forwarded.Add(argument);
                    }
                    else
                    {
                        Error = "unknown option '" + argument + "'";
                    }

                    break;
            }
        }
    }
}
