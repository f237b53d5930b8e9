using System;
using System.Collections.Generic;
using System.IO;

namespace AlgorithmGen.Client
{
    /// <summary>
    /// The selected profile of the shared AWS config file, read the way the AWS CLI reads it: the profile named by
    /// <see cref="SageMakerClientOptions.Profile"/>, else <c>AWS_PROFILE</c>, else <c>default</c>, from
    /// <c>AWS_CONFIG_FILE</c> (default <c>~/.aws/config</c>), with the <c>[services NAME]</c> section it points to.
    /// </summary>
    /// <remarks>
    /// AWSSDK.Core reads the same file, but it drops a whole profile without a word when one value in it does not
    /// parse (region, endpoint and all), and its client settings ignore a profile named in code. Reading the few keys
    /// SageMaker calls need here lets a bad value fail with its file, profile and key.
    /// </remarks>
    internal sealed class AwsSharedConfig
    {
        internal const string ProfileVariable = "AWS_PROFILE";
        internal const string ConfigFileVariable = "AWS_CONFIG_FILE";
        internal const string CredentialsFileVariable = "AWS_SHARED_CREDENTIALS_FILE";

        private readonly Dictionary<string, string> _profile;
        private readonly Dictionary<string, Dictionary<string, string>> _services;

        private AwsSharedConfig(
            string profileName, string profileSource, string configFile, string credentialsFile, bool found,
            Dictionary<string, string> profile, Dictionary<string, Dictionary<string, string>> services)
        {
            ProfileName = profileName;
            ProfileSource = profileSource;
            ConfigFile = configFile;
            CredentialsFile = credentialsFile;
            ProfileFound = found;
            _profile = profile;
            _services = services;
        }

        /// <summary>The selected profile's name.</summary>
        public string ProfileName { get; }

        /// <summary>What selected it: <c>SageMakerClientOptions.Profile</c>, <c>AWS_PROFILE</c> or <c>default</c>.</summary>
        public string ProfileSource { get; }

        /// <summary>The config file's path, whether or not it exists.</summary>
        public string ConfigFile { get; }

        /// <summary>The shared credentials file's path, whether or not it exists (read by AWSSDK.Core, named in messages).</summary>
        public string CredentialsFile { get; }

        /// <summary>Whether the config file has a section for the profile.</summary>
        public bool ProfileFound { get; }

        /// <summary>Reads the selected profile; a missing file or profile is an empty profile.</summary>
        /// <exception cref="SageMakerConfigurationException">The file exists but cannot be read.</exception>
        public static AwsSharedConfig Load(string? profileOption, Func<string, string?> environment)
        {
            (string name, string source) = !string.IsNullOrWhiteSpace(profileOption) ? (profileOption!.Trim(), "SageMakerClientOptions.Profile")
                : environment(ProfileVariable) is { } fromEnvironment && fromEnvironment.Trim().Length > 0 ? (fromEnvironment.Trim(), ProfileVariable)
                : ("default", "default");
            string configFile = PathOf(environment(ConfigFileVariable), "config");
            string credentialsFile = PathOf(environment(CredentialsFileVariable), "credentials");
            Dictionary<string, Dictionary<string, string>> sections = ReadSections(configFile);
            // The config file names profiles "[profile NAME]"; the default one may also be plain "[default]".
            bool found = sections.TryGetValue("profile " + name, out Dictionary<string, string>? profile)
                || (name == "default" && sections.TryGetValue("default", out profile));
            var services = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
            if (profile != null && profile.TryGetValue("services", out string? servicesName) && sections.TryGetValue("services " + servicesName, out var servicesSection))
            {
                foreach (KeyValuePair<string, string> service in servicesSection)
                {
                    services[service.Key] = ParseNested(service.Value);
                }
            }

            return new AwsSharedConfig(name, source, configFile, credentialsFile, found, profile ?? new Dictionary<string, string>(), services);
        }

        /// <summary>A top-level key of the profile, trimmed; null when absent or empty.</summary>
        public string? Get(string key) => _profile.TryGetValue(key, out string? value) && value.Trim().Length > 0 ? value.Trim() : null;

        /// <summary>A key of the profile's <c>[services]</c> section for <paramref name="service"/> (e.g. <c>sagemaker</c>).</summary>
        public string? GetForService(string service, string key) =>
            _services.TryGetValue(service, out var settings) && settings.TryGetValue(key, out string? value) && value.Trim().Length > 0 ? value.Trim() : null;

        /// <summary>Where a key of the profile lives, for messages: <c>max_attempts in profile 'dev' of /home/me/.aws/config</c>.</summary>
        public string Describe(string key) => key + " in profile '" + ProfileName + "' of " + ConfigFile;

        /// <summary>Where a key of the services section lives, for messages.</summary>
        public string DescribeForService(string service, string key) =>
            key + " of " + service + " in the services section of profile '" + ProfileName + "' of " + ConfigFile;

        private static string PathOf(string? variable, string fileName)
        {
            string? path = variable?.Trim();
            if (string.IsNullOrEmpty(path))
            {
                return Path.Combine(Home(), ".aws", fileName);
            }

            // The CLI expands a leading ~ in these variables; a shell does not when the value is quoted.
            return path!.StartsWith("~/", StringComparison.Ordinal) || path == "~" ? Path.Combine(Home(), path.Substring(Math.Min(2, path.Length))) : path;
        }

        private static string Home() =>
            Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        /// <summary>
        /// Sections of an AWS INI file. A key with an empty value followed by indented lines keeps those lines as its
        /// value (the nested form of <c>[services]</c> sections). Comments are whole lines starting with <c>#</c> or <c>;</c>:
        /// like the CLI's parser, a <c>#</c> after a value is part of it.
        /// </summary>
        private static Dictionary<string, Dictionary<string, string>> ReadSections(string path)
        {
            var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            string[] lines;
            try
            {
                if (!File.Exists(path))
                {
                    return sections;
                }

                lines = File.ReadAllLines(path);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw new SageMakerConfigurationException("The AWS config file " + path + " cannot be read: " + exception.Message, SageMakerConfigurationIssue.Invalid, exception);
            }

            Dictionary<string, string>? current = null;
            string? nestedKey = null;
            foreach (string raw in lines)
            {
                string line = raw.TrimEnd();
                string trimmed = line.TrimStart();
                if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
                {
                    continue;
                }

                if (trimmed[0] == '[' && trimmed[trimmed.Length - 1] == ']')
                {
                    // "[profile  dev ]" names profile "dev": the CLI collapses the spaces.
                    string name = string.Join(" ", trimmed.Substring(1, trimmed.Length - 2).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));
                    if (!sections.TryGetValue(name, out current))
                    {
                        current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                        sections[name] = current;
                    }

                    nestedKey = null;
                    continue;
                }

                if (current == null)
                {
                    continue;
                }

                if (line.Length > trimmed.Length && nestedKey != null)
                {
                    current[nestedKey] += trimmed + "\n";
                    continue;
                }

                int equals = trimmed.IndexOf('=');
                if (equals <= 0)
                {
                    continue;
                }

                string key = trimmed.Substring(0, equals).Trim();
                string value = trimmed.Substring(equals + 1).Trim();
                current[key] = value;
                nestedKey = value.Length == 0 ? key : null;
            }

            return sections;
        }

        private static Dictionary<string, string> ParseNested(string block)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string line in block.Split('\n'))
            {
                int equals = line.IndexOf('=');
                if (equals > 0)
                {
                    values[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
                }
            }

            return values;
        }
    }
}
