using System.Collections.Generic;

namespace AlgorithmGen.Hosts
{
    /// <summary>
    /// What both container hosts' command lines share: the command SageMaker passes, <c>-h</c>/<c>--help</c>,
    /// <c>--verbose</c>, and stopping at the first error. Each host reads its own options in <see cref="ReadOption"/>.
    /// </summary>
    internal abstract class HostCommandLine
    {
        private OptionReader? _options;

        /// <summary>Whether to print the help text and exit 0.</summary>
        public bool Help { get; private set; }

        /// <summary>Why the command line is not usable (exit 2); null when it is.</summary>
        public string? Error { get; protected set; }

        /// <summary>Debug log entries and stack traces.</summary>
        public bool Verbose { get; private set; }

        /// <summary>
        /// Reads <paramref name="args"/> (see <see cref="OptionReader.ForCommand"/> for the other parameters) up to the end
        /// or the first error; false when they do not start with the host's command.
        /// </summary>
        protected bool ReadOptions(IReadOnlyList<string> args, string command, string image, string onlyCommand)
        {
            _options = OptionReader.ForCommand(args, command, image, onlyCommand, out bool help, out string? error);
            Help = help;
            Error = error;
            if (_options is null)
            {
                return false;
            }

            while (Error is null && _options.Next())
            {
                switch (_options.Name)
                {
                    case "-h":
                    case "--help":
                        Help = true;
                        break;
                    case "--verbose":
                        Verbose = true;
                        break;
                    default:
                        ReadOption(_options.Name, _options.Argument, _options.HasInlineValue);
                        break;
                }
            }

            return true;
        }

        /// <summary>Reads one option of the host: <paramref name="name"/> without any inline value, <paramref name="argument"/> as written.</summary>
        protected abstract void ReadOption(string name, string argument, bool hasInlineValue);

        /// <summary>The current option's value; null, with <see cref="Error"/> set, when it has none.</summary>
        protected string? Value()
        {
            string? value = _options!.Value();
            Error ??= _options.Error;
            return value;
        }
    }
}
