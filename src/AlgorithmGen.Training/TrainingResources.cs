using System.Collections.Generic;

namespace AlgorithmGen.Training
{
    /// <summary>The cluster of a training job, from <c>resourceconfig.json</c>.</summary>
    public sealed class TrainingResources
    {
        /// <summary>Creates the resource configuration.</summary>
        public TrainingResources(string currentHost, IReadOnlyList<string> hosts, string? networkInterfaceName, string? currentInstanceType, string? currentGroupName, IReadOnlyList<TrainingInstanceGroup> instanceGroups)
        {
            CurrentHost = currentHost;
            Hosts = hosts;
            NetworkInterfaceName = networkInterfaceName;
            CurrentInstanceType = currentInstanceType;
            CurrentGroupName = currentGroupName;
            InstanceGroups = instanceGroups;
        }

        /// <summary>This container's host name, e.g. <c>algo-1</c>.</summary>
        public string CurrentHost { get; }

        /// <summary>Every host of the job, sorted ordinally as SageMaker lists them (<c>algo-10</c> before <c>algo-2</c>).</summary>
        public IReadOnlyList<string> Hosts { get; }

        /// <summary>Whether this host is the first of <see cref="Hosts"/>, the usual leader of a distributed job.</summary>
        public bool IsLeader => Hosts.Count == 0 || Hosts[0] == CurrentHost;

        /// <summary>The network interface for traffic between hosts (<c>eth0</c> on real jobs).</summary>
        public string? NetworkInterfaceName { get; }

        /// <summary>This host's instance type (e.g. <c>ml.m5.xlarge</c>), when given.</summary>
        public string? CurrentInstanceType { get; }

        /// <summary>This host's instance group (<c>homogeneousCluster</c> for jobs without groups), when given.</summary>
        public string? CurrentGroupName { get; }

        /// <summary>The job's instance groups (heterogeneous clusters), empty when not given.</summary>
        public IReadOnlyList<TrainingInstanceGroup> InstanceGroups { get; }
    }

    /// <summary>One instance group of a heterogeneous cluster.</summary>
    public sealed class TrainingInstanceGroup
    {
        /// <summary>Creates the group.</summary>
        public TrainingInstanceGroup(string name, string? instanceType, IReadOnlyList<string> hosts)
        {
            Name = name;
            InstanceType = instanceType;
            Hosts = hosts;
        }

        /// <summary><c>instance_group_name</c>.</summary>
        public string Name { get; }

        /// <summary><c>instance_type</c>.</summary>
        public string? InstanceType { get; }

        /// <summary>The group's hosts.</summary>
        public IReadOnlyList<string> Hosts { get; }
    }
}
