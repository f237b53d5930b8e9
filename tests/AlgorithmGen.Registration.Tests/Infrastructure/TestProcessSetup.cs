using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>
    /// Runs before any test: keeps the developer's or CI machine's AWS configuration out of the tests, and the AWS
    /// SDK away from the instance metadata service (no network beyond 127.0.0.1).
    /// </summary>
    internal static class TestProcessSetup
    {
        /// <summary>A profile of <see cref="CredentialsFile"/>, with these keys.</summary>
        public const string ProfileName = "registration";
        public const string ProfileAccessKeyId = "AKIDPROFILE";
        public const string ProfileSecretAccessKey = "secret-from-profile";

        /// <summary>
        /// The shared credentials file every test of this process sees, holding <see cref="ProfileName"/> only (no
        /// "default"). It is written before AWSSDK.Core first looks: the SDK remembers for the whole process what it
        /// found (or did not find) at a file's first read.
        /// </summary>
        public static string CredentialsFile { get; private set; } = string.Empty;

        /// <summary>A profile of <see cref="ConfigFile"/> with a region other than the fake endpoint's, and no keys.</summary>
        public const string OtherRegionProfileName = "elsewhere";
        public const string OtherRegion = "eu-west-3";

        /// <summary>
        /// The shared config file every test of this process sees: <see cref="ProfileName"/> in the fake endpoint's
        /// region, <see cref="OtherRegionProfileName"/> in <see cref="OtherRegion"/>, and no "default" (so without
        /// AWS_PROFILE or AWS_REGION no region resolves). Written at start for the same reason as <see cref="CredentialsFile"/>.
        /// </summary>
        public static string ConfigFile { get; private set; } = string.Empty;

        [ModuleInitializer]
        internal static void Initialize()
        {
            string directory = Path.Combine(Path.GetTempPath(), "algorithmgen-registration-tests-aws-" + Environment.ProcessId);
            Directory.CreateDirectory(directory);
            CredentialsFile = Path.Combine(directory, "credentials");
            ConfigFile = Path.Combine(directory, "config");
            File.WriteAllText(CredentialsFile, "[" + ProfileName + "]\naws_access_key_id = " + ProfileAccessKeyId + "\naws_secret_access_key = " + ProfileSecretAccessKey + "\n");
            File.WriteAllText(ConfigFile, "[profile " + ProfileName + "]\nregion = " + FakeSageMakerServer.Region + "\n\n[profile " + OtherRegionProfileName + "]\nregion = " + OtherRegion + "\n");
            Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", CredentialsFile);
            Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", ConfigFile);
            Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        }
    }
}
