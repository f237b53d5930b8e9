using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AlgorithmGen.Training
{
    /// <summary>
    /// A training job as SageMaker presents it to the container: the three config files under
    /// <c>/opt/ml/input/config</c>, the checkpoint configuration, and the job's name and ARN. Read without reflection.
    /// </summary>
    public sealed class TrainingEnvironment
    {
        /// <summary>The variable holding the job's name.</summary>
        public const string JobNameVariable = "TRAINING_JOB_NAME";

        /// <summary>The variable holding the job's ARN.</summary>
        public const string JobArnVariable = "TRAINING_JOB_ARN";

        /// <summary>Creates an environment from values already read (tests, or hosts that read their own files).</summary>
        public TrainingEnvironment(
            TrainingPaths paths,
            IReadOnlyDictionary<string, string> hyperParameters,
            IReadOnlyList<InputChannelConfiguration> inputDataConfig,
            TrainingResources resources,
            string? jobName = null,
            string? jobArn = null)
        {
            Paths = paths ?? throw new ArgumentNullException(nameof(paths));
            HyperParameters = hyperParameters ?? throw new ArgumentNullException(nameof(hyperParameters));
            InputDataConfig = inputDataConfig ?? throw new ArgumentNullException(nameof(inputDataConfig));
            Resources = resources ?? throw new ArgumentNullException(nameof(resources));
            JobName = jobName;
            JobArn = jobArn;
        }

        /// <summary>The job's folders.</summary>
        public TrainingPaths Paths { get; }

        /// <summary>
        /// The job's hyperparameters as strings. A value that is a JSON string literal (the SageMaker Python SDK's
        /// framework estimators encode values that way) is decoded, as the SageMaker training toolkit does.
        /// </summary>
        public IReadOnlyDictionary<string, string> HyperParameters { get; }

        /// <summary>The job's channels, in the order of <c>inputdataconfig.json</c>.</summary>
        public IReadOnlyList<InputChannelConfiguration> InputDataConfig { get; }

        /// <summary>The cluster.</summary>
        public TrainingResources Resources { get; }

        /// <summary><c>TRAINING_JOB_NAME</c>.</summary>
        public string? JobName { get; }

        /// <summary><c>TRAINING_JOB_ARN</c>.</summary>
        public string? JobArn { get; }

        /// <summary>
        /// Reads the job under <paramref name="baseDirectory"/> (default: <c>SAGEMAKER_BASE_DIR</c>, else <c>/opt/ml</c>).
        /// A missing <c>hyperparameters.json</c> or <c>inputdataconfig.json</c> reads as empty; a missing
        /// <c>resourceconfig.json</c> as one host, <c>algo-1</c>. A file that is not what SageMaker writes throws
        /// <see cref="TrainingEnvironmentException"/> naming the file and what is wrong.
        /// </summary>
        public static TrainingEnvironment Load(string? baseDirectory = null)
        {
            var basePaths = new TrainingPaths(TrainingPaths.ResolveBaseDirectory(baseDirectory));
            string? checkpoints = ReadObject<string>(basePaths.CheckpointConfigFile, root => root.TryGetProperty("LocalPath", out JsonElement path) && path.ValueKind == JsonValueKind.String ? path.GetString() : null);
            var paths = new TrainingPaths(basePaths.Base, checkpoints);
            return new TrainingEnvironment(
                paths,
                ReadObject(paths.HyperParametersFile, ReadHyperParameters) ?? new Dictionary<string, string>(),
                (IReadOnlyList<InputChannelConfiguration>?)ReadObject(paths.InputDataConfigFile, ReadInputDataConfig) ?? Array.Empty<InputChannelConfiguration>(),
                ReadObject(paths.ResourceConfigFile, ReadResources) ?? new TrainingResources("algo-1", new[] { "algo-1" }, null, null, null, Array.Empty<TrainingInstanceGroup>()),
                Environment.GetEnvironmentVariable(JobNameVariable),
                Environment.GetEnvironmentVariable(JobArnVariable));
        }

        private static T? ReadObject<T>(string file, Func<JsonElement, T?> read)
            where T : class
        {
            if (!File.Exists(file))
            {
                return null;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(file));
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new TrainingEnvironmentException(file, "it is not a JSON object");
                }

                return read(document.RootElement);
            }
            catch (JsonException exception)
            {
                throw new TrainingEnvironmentException(file, "it is not valid JSON (" + FirstSentence(exception.Message) + ")");
            }
            catch (InvalidOperationException exception)
            {
                throw new TrainingEnvironmentException(file, FirstSentence(exception.Message));
            }
            catch (IOException exception)
            {
                throw new TrainingEnvironmentException(file, "it cannot be read (" + exception.Message + ")");
            }
            catch (UnauthorizedAccessException exception)
            {
                throw new TrainingEnvironmentException(file, "it cannot be read (" + exception.Message + ")");
            }
        }

        private static Dictionary<string, string> ReadHyperParameters(JsonElement root)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonProperty property in root.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => DecodeJsonString(property.Value.GetString()!),
                    // The service writes strings; a hand-written file may hold numbers or booleans: keep their text.
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                    _ => throw new TrainingEnvironmentException("hyperparameters.json", "the value of '" + property.Name + "' is " + Describe(property.Value.ValueKind) + ", not a string"),
                };
            }

            return values;
        }

        // "\"train.py\"" is how the Python SDK sends the string train.py; anything else is taken as written.
        private static string DecodeJsonString(string value)
        {
            if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"')
            {
                try
                {
                    using JsonDocument document = JsonDocument.Parse(value);
                    return document.RootElement.GetString() ?? value;
                }
                catch (JsonException)
                {
                    return value;
                }
            }

            return value;
        }

        private static List<InputChannelConfiguration> ReadInputDataConfig(JsonElement root)
        {
            var channels = new List<InputChannelConfiguration>();
            foreach (JsonProperty channel in root.EnumerateObject())
            {
                if (channel.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new TrainingEnvironmentException("inputdataconfig.json", "channel '" + channel.Name + "' is " + Describe(channel.Value.ValueKind) + ", not an object");
                }

                string? Member(string name) =>
                    !channel.Value.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null ? null
                    : value.ValueKind == JsonValueKind.String ? value.GetString()
                    : throw new TrainingEnvironmentException("inputdataconfig.json", name + " of channel '" + channel.Name + "' is " + Describe(value.ValueKind) + ", not a string");

                string mode = Member("TrainingInputMode") ?? "File";
                if (mode is not ("File" or "Pipe" or "FastFile"))
                {
                    throw new TrainingEnvironmentException("inputdataconfig.json", "TrainingInputMode of channel '" + channel.Name + "' is '" + mode + "'; expected File, Pipe or FastFile");
                }

                channels.Add(new InputChannelConfiguration(channel.Name, Member("ContentType"), mode, Member("S3DistributionType"), Member("RecordWrapperType"), Member("CompressionType")));
            }

            return channels;
        }

        private static TrainingResources ReadResources(JsonElement root)
        {
            const string file = "resourceconfig.json";
            string? Text(JsonElement element, string name) =>
                !element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null ? null
                : value.ValueKind == JsonValueKind.String ? value.GetString()
                : throw new TrainingEnvironmentException(file, name + " is " + Describe(value.ValueKind) + ", not a string");

            List<string> Hosts(JsonElement element)
            {
                if (!element.TryGetProperty("hosts", out JsonElement hosts) || hosts.ValueKind == JsonValueKind.Null)
                {
                    return new List<string>();
                }

                if (hosts.ValueKind != JsonValueKind.Array || hosts.EnumerateArray().Any(host => host.ValueKind != JsonValueKind.String))
                {
                    throw new TrainingEnvironmentException(file, "hosts is not a list of host names");
                }

                return hosts.EnumerateArray().Select(host => host.GetString()!).ToList();
            }

            string currentHost = Text(root, "current_host") ?? throw new TrainingEnvironmentException(file, "current_host is missing");
            List<string> all = Hosts(root);
            all.Sort(StringComparer.Ordinal);
            if (all.Count > 0 && !all.Contains(currentHost))
            {
                throw new TrainingEnvironmentException(file, "current_host '" + currentHost + "' is not among hosts (" + string.Join(", ", all) + ")");
            }

            var groups = new List<TrainingInstanceGroup>();
            if (root.TryGetProperty("instance_groups", out JsonElement groupList) && groupList.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement group in groupList.EnumerateArray())
                {
                    if (group.ValueKind != JsonValueKind.Object)
                    {
                        throw new TrainingEnvironmentException(file, "an instance group is not an object");
                    }

                    List<string> groupHosts = Hosts(group);
                    groupHosts.Sort(StringComparer.Ordinal);
                    groups.Add(new TrainingInstanceGroup(Text(group, "instance_group_name") ?? throw new TrainingEnvironmentException(file, "an instance group has no instance_group_name"), Text(group, "instance_type"), groupHosts));
                }
            }

            return new TrainingResources(currentHost, all.Count > 0 ? all : new List<string> { currentHost }, Text(root, "network_interface_name"), Text(root, "current_instance_type"), Text(root, "current_group_name"), groups);
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Null => "null",
            _ => "a string",
        };

        private static string FirstSentence(string message)
        {
            int end = message.IndexOf(". ", StringComparison.Ordinal);
            return (end < 0 ? message : message.Substring(0, end)).TrimEnd('.');
        }
    }

    /// <summary>One channel's entry in <c>inputdataconfig.json</c>.</summary>
    public sealed class InputChannelConfiguration
    {
        /// <summary>Creates the entry.</summary>
        public InputChannelConfiguration(string name, string? contentType, string trainingInputMode, string? s3DistributionType = null, string? recordWrapperType = null, string? compressionType = null)
        {
            Name = name;
            ContentType = contentType;
            TrainingInputMode = trainingInputMode;
            S3DistributionType = s3DistributionType;
            RecordWrapperType = recordWrapperType;
            CompressionType = compressionType;
        }

        /// <summary>The channel's name.</summary>
        public string Name { get; }

        /// <summary><c>ContentType</c>, when the job set one.</summary>
        public string? ContentType { get; }

        /// <summary><c>TrainingInputMode</c>: File, Pipe or FastFile.</summary>
        public string TrainingInputMode { get; }

        /// <summary><c>S3DistributionType</c>: FullyReplicated or ShardedByS3Key.</summary>
        public string? S3DistributionType { get; }

        /// <summary><c>RecordWrapperType</c>: None or RecordIO.</summary>
        public string? RecordWrapperType { get; }

        /// <summary><c>CompressionType</c> (Pipe mode), when given.</summary>
        public string? CompressionType { get; }
    }

    /// <summary>A file under <c>/opt/ml/input/config</c> is not what SageMaker writes.</summary>
    public sealed class TrainingEnvironmentException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public TrainingEnvironmentException(string file, string problem)
            : base("Cannot read " + Path.GetFileName(file) + ": " + problem + ".")
        {
            File = file;
        }

        /// <summary>The file.</summary>
        public string File { get; }
    }
}
