using System;
using System.Threading;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>
    /// A fake clock for retry tests. A timer due within <see cref="LongestSkippedWait"/> fires at once and moves the
    /// clock on by its due time, so a retry delay costs no real time and shows as the clock's advance between two
    /// attempts. Longer timers never fire: the tests give their timeouts more than that, so only delays move the clock.
    /// </summary>
    internal sealed class SkippingTimeProvider : TimeProvider
    {
        public static readonly TimeSpan LongestSkippedWait = TimeSpan.FromHours(1);

        private readonly object _gate = new object();
        private DateTimeOffset _now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow()
        {
            lock (_gate)
            {
                return _now;
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new SkippedTimer(this, callback, state);
            timer.Change(dueTime, period);
            return timer;
        }

        private void Elapse(TimeSpan dueTime, TimerCallback callback, object? state)
        {
            lock (_gate)
            {
                _now += dueTime;
            }

            // Not on the caller's stack: the caller (Task.Delay, CancellationTokenSource) has not stored the timer yet.
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        private sealed class SkippedTimer : ITimer
        {
            private readonly SkippingTimeProvider _clock;
            private readonly TimerCallback _callback;
            private readonly object? _state;

            public SkippedTimer(SkippingTimeProvider clock, TimerCallback callback, object? state)
            {
                _clock = clock;
                _callback = callback;
                _state = state;
            }

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                if (period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero)
                {
                    throw new NotSupportedException("Periodic timers are not needed by the retry pipeline.");
                }

                if (dueTime != Timeout.InfiniteTimeSpan && dueTime <= LongestSkippedWait)
                {
                    _clock.Elapse(dueTime, _callback, _state);
                }

                return true;
            }

            public void Dispose()
            {
            }

            public System.Threading.Tasks.ValueTask DisposeAsync() => default;
        }
    }
}
