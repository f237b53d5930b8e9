using System;
using AlgorithmGen.Client;

namespace AlgorithmGen.Jobs.Tests.Infrastructure
{
    internal static class Waiting
    {
        /// <summary>Millisecond polling, so waiter tests stay fast; timeouts generous unless a test is about them.</summary>
        public static WaiterOptions Fast(TimeSpan? timeout = null) => new WaiterOptions
        {
            InitialDelay = TimeSpan.FromMilliseconds(5),
            MaxDelay = TimeSpan.FromMilliseconds(20),
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
    }
}
