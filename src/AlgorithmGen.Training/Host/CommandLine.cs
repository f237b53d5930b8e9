using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AlgorithmGen.Hosts;

namespace AlgorithmGen.Training.Host
{
    /// <summary>
    /// The host's command line: <c>train</c> (how SageMaker starts a training image) with a few options, or
    /// <c>train --local</c> with the options of a local run. Any other argument after <c>train</c> is tolerated on a
    /// SageMaker job (ContainerArguments may add some) and refused on a local run, where it is most likely a typo.
    /// </summary>
    internal sealed class CommandLine : HostCommandLine
    {
        private static readonly Regex ChannelName = new Regex(@"^[A-Za-z0-9\.\-_]{1,64}$", RegexOptions.CultureInvariant);

        // The options given that only a local run takes, in order: on a SageMaker job the first is an error.
        private readonly List<string> _localOnly = new List<string>();

        private CommandLine()
        {
        }

        public string? BaseDirectory { get; private set; }

        public bool IgnoreUndeclared { get; private set; }

        public bool Local { get; private set; }

        /// <summary>Channel name to data path, in the order given.</summary>
        public List<KeyValuePair<string, string>> Channels { get; } = new List<KeyValuePair<string, string>>();

        public Dictionary<string, string> ContentTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Hyperparameters in the order given.</summary>
        public List<KeyValuePair<string, string>> HyperParameters { get; } = new List<KeyValuePair<string, string>>();

        public string? InstanceType { get; private set; }

        public string? JobName { get; private set; }

        public string? OutputDirectory { get; private set; }

        public bool Keep { get; private set; }

        /// <summary>Arguments a SageMaker job passed that the host does not use.</summary>
        public List<string> Ignored { get; } = new List<string>();

        /// <summary>The help text of <c>--help</c>.</summary>
        public static string HelpText(string application) =>
            "Usage: " + application + " train [options]\n"
            + "\n"
            + "Runs the training job SageMaker prepared under /opt/ml; SageMaker starts a training image as '<image> train'.\n"
            + "\n"
            + "Options:\n"
            + "  --base-dir DIR               The job's tree (default: $SAGEMAKER_BASE_DIR, else /opt/ml).\n"
            + "  --ignore-undeclared          Accept hyperparameters and channels the algorithm does not declare\n"
            + "                               (by default they fail the job before training starts).\n"
            + "  --verbose                    Debug log entries, errors with stack traces (or ALGORITHMGEN_LOG_LEVEL=Debug).\n"
            + "  -h, --help                   This text.\n"
            + "\n"
            + "Run it locally as SageMaker would (no container, no AWS account):\n"
            + "  " + application + " train --local --channel train=./data/train --hyperparameter num_round=10\n"
            + "  --local                      Lay out a temporary /opt/ml tree as the SageMaker Python SDK's local mode does\n"
            + "                               (host algo-1, File input mode), run the job in it, then print a summary:\n"
            + "                               the bound hyperparameters, every value each declared metric's regex finds\n"
            + "                               in the output, the failure reason, and where the model went.\n"
            + "  --channel NAME=PATH          A channel's data: a folder (linked into the tree) or one file. Repeatable.\n"
            + "  --content-type NAME=TYPE     The channel's ContentType (default: the channel's declared content type,\n"
            + "                               when it declares exactly one; else none).\n"
            + "  --hyperparameter KEY=VALUE   A hyperparameter, as the job's HyperParameters set it; declared defaults\n"
            + "                               apply to the others. Repeatable.\n"
            + "  --instance-type TYPE         resourceconfig.json's current_instance_type (default: local); must be one\n"
            + "                               of the algorithm's SupportedTrainingInstanceTypes, as SageMaker requires.\n"
            + "  --job-name NAME              TRAINING_JOB_NAME (default: <algorithm>-<UTC date and time>).\n"
            + "  --output-dir DIR             Where a completed job's model/ and output/ are copied, as DIR/<job>/\n"
            + "                               (default: ./local-runs). A failed job copies nothing.\n"
            + "  --keep                       Keep the temporary /opt/ml tree and print its path.\n"
            + "\n"
            + "Exit codes: 0 completed; 1 failed (output/failure says why, its first 1,024 characters are the job's\n"
            + "FailureReason); 2 usage error; 130 stopped by SIGINT; 143 stopped by SIGTERM (StopTrainingJob or\n"
            + "MaxRuntimeInSeconds; SageMaker sends SIGKILL 120 s later).\n";

        /// <summary>The one-line usage that follows a usage error.</summary>
        public static string Usage(string application) =>
            "Usage: " + application + " train [--local --channel NAME=PATH ... --hyperparameter KEY=VALUE ...]; '" + application + " --help' lists every option.";

        public static CommandLine Parse(IReadOnlyList<string> args)
        {
            var line = new CommandLine();
            if (line.ReadOptions(args, "train", "a training image", "this image only trains ('<image> train'); serving is another host") && line.Error is null && !line.Help)
            {
                line.Error = line.MismatchedOptions();
            }

            return line;
        }

        /// <summary>Options that do not go together: local-run options on a SageMaker job, unknown ones on a local run.</summary>
        private string? MismatchedOptions()
        {
            if (!Local)
            {
                return _localOnly.Count > 0 ? _localOnly[0] + " is an option of a local run: add --local" : null;
            }

            if (Ignored.Count > 0)
            {
                return "unknown option '" + Ignored[0] + "' for a local run";
            }

            if (BaseDirectory is not null)
            {
                return "--base-dir and --local exclude each other: a local run lays out its own tree";
            }

            foreach (string channel in ContentTypes.Keys)
            {
                if (!Channels.Exists(c => c.Key == channel))
                {
                    return "--content-type names channel '" + channel + "', which no --channel gives";
                }
            }

            return null;
        }

        protected override void ReadOption(string name, string argument, bool hasInlineValue)
        {
            switch (name)
            {
                case "--ignore-undeclared":
                    IgnoreUndeclared = true;
                    break;
                case "--base-dir":
                    BaseDirectory = Value();
                    break;
                case "--local":
                    Local = true;
                    break;
                case "--keep":
                    Keep = true;
                    _localOnly.Add(name);
                    break;
                case "--channel":
                    _localOnly.Add(name);
                    if (Pair(name, Value(), "NAME=PATH") is { } channel)
                    {
                        AddChannel(channel.Key, channel.Value);
                    }

                    break;
                case "--content-type":
                    _localOnly.Add(name);
                    if (Pair(name, Value(), "NAME=TYPE") is { } contentType)
                    {
                        ContentTypes[contentType.Key] = contentType.Value;
                    }

                    break;
                case "--hyperparameter":
                    _localOnly.Add(name);
                    if (Pair(name, Value(), "KEY=VALUE") is { } hyperParameter)
                    {
                        AddHyperParameter(hyperParameter.Key, hyperParameter.Value);
                    }

                    break;
                case "--instance-type":
                    _localOnly.Add(name);
                    InstanceType = Value();
                    break;
                case "--job-name":
                    _localOnly.Add(name);
                    JobName = Value();
                    break;
                case "--output-dir":
                    _localOnly.Add(name);
                    OutputDirectory = Value();
                    break;
                default:
                    Ignored.Add(argument);
                    break;
            }
        }

        private KeyValuePair<string, string>? Pair(string option, string? value, string shape)
        {
            if (value is null)
            {
                return null;
            }

            int equals = value.IndexOf('=');
            if (equals <= 0)
            {
                Error = option + " takes " + shape + ", not '" + value + "'";
                return null;
            }

            return new KeyValuePair<string, string>(value.Substring(0, equals), value.Substring(equals + 1));
        }

        private void AddChannel(string name, string path)
        {
            if (!ChannelName.IsMatch(name))
            {
                Error = "channel name '" + name + "' is not 1 to 64 characters of A-Z, a-z, 0-9, '.', '-' and '_' (the API's ChannelName)";
            }
            else if (Channels.Exists(c => c.Key == name))
            {
                Error = "channel '" + name + "' is given twice";
            }
            else if (path.Length == 0)
            {
                Error = "--channel " + name + "= needs a path";
            }
            else
            {
                Channels.Add(new KeyValuePair<string, string>(name, path));
            }
        }

        private void AddHyperParameter(string key, string value)
        {
            if (HyperParameters.Exists(h => h.Key == key))
            {
                Error = "hyperparameter '" + key + "' is given twice";
            }
            else
            {
                HyperParameters.Add(new KeyValuePair<string, string>(key, value));
            }
        }
    }
}
