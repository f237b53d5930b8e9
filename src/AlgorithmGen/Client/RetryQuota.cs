using System;

namespace AlgorithmGen.Client
{
    /// <summary>
    /// The retry quota of the AWS SDKs' standard and adaptive modes (botocore's <c>RetryQuotaChecker</c>): one bucket of
    /// 500 tokens per client; a retry takes 5 (10 after a timeout, which costs the service more), a call that succeeds
    /// gives back what its retry took, or 1 when it needed none. When the bucket runs dry during an outage, calls fail
    /// on their first error instead of multiplying the load with retries.
    /// </summary>
    internal sealed class RetryQuota
    {
        private const int Capacity = 500;
        private const int RetryCost = 5;
        private const int TimeoutRetryCost = 10;
        private const int NoRetryIncrement = 1;

        private readonly object _gate = new object();
        private int _available = Capacity;

        /// <summary>The tokens left, for tests and logs.</summary>
        public int Available
        {
            get
            {
                lock (_gate)
                {
                    return _available;
                }
            }
        }

        /// <summary>Takes the cost of one retry; false (nothing taken) when the quota cannot pay for it.</summary>
        public bool TryAcquire(bool afterTimeout, out int cost)
        {
            cost = afterTimeout ? TimeoutRetryCost : RetryCost;
            lock (_gate)
            {
                if (_available < cost)
                {
                    cost = 0;
                    return false;
                }

                _available -= cost;
                return true;
            }
        }

        /// <summary>Gives back, after a call's success, the cost of its last retry (or 1 when it had none).</summary>
        public void Release(int lastRetryCost)
        {
            lock (_gate)
            {
                _available = Math.Min(Capacity, _available + (lastRetryCost > 0 ? lastRetryCost : NoRetryIncrement));
            }
        }
    }
}
