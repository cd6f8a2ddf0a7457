package main

import (
	"fmt"
	"strings"
)

// Markdown renders the measurements as the README's performance table.
func Markdown(rows []Row, env Env) string {
	var b strings.Builder
	fmt.Fprintf(&b, "| articles | input MB | pipeline s | MB/s | articles/s | peak RSS MiB | pipeline CPU s | claims | disagreements | loop s (all cores) | loop s (1 core) | loop MB per CPU s (1 core) | analysis MB/s per core (1 core) | overhead (pipeline / loop) | CPU overhead (pipeline / loop) |\n")
	fmt.Fprintf(&b, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	dash := "–"
	for _, r := range rows {
		mb := float64(r.InputBytes) / 1e6
		cells := []string{fmt.Sprint(r.Articles), fmt.Sprintf("%.1f", mb)}
		if p := r.Pipeline; p != nil {
			cells = append(cells, fmt.Sprintf("%.1f", p.WallSeconds), fmt.Sprintf("%.2f", mb/p.WallSeconds),
				fmt.Sprintf("%.0f", float64(r.Articles)/p.WallSeconds), fmt.Sprintf("%.0f", float64(p.PeakRSSBytes)/(1<<20)),
				fmt.Sprintf("%.1f", p.CPUSeconds))
		} else {
			cells = append(cells, dash, dash, dash, dash, dash)
		}
		cells = append(cells, fmt.Sprint(r.Claims), fmt.Sprint(r.Disagreements))
		loopAll, loopOne, rate, analysis, overhead, cpuOverhead := dash, dash, dash, dash, dash, dash
		if r.LoopAll != nil {
			loopAll = fmt.Sprintf("%.1f", r.LoopAll.WallSeconds)
			if r.Pipeline != nil {
				overhead = fmt.Sprintf("%.2f×", r.Pipeline.WallSeconds/r.LoopAll.WallSeconds)
			}
		}
		if r.LoopOne != nil {
			loopOne = fmt.Sprintf("%.1f", r.LoopOne.WallSeconds)
			rate = fmt.Sprintf("%.1f", r.LoopOne.MBPerCPUSecond)
			// Article text MB per second inside Analyze: the per-article work alone.
			analysis = fmt.Sprintf("%.1f", r.LoopOne.AnalyzeMBPerCoreSecond)
			if r.Pipeline != nil && r.LoopOne.CPUSeconds > 0 {
				cpuOverhead = fmt.Sprintf("%.2f×", r.Pipeline.CPUSeconds/r.LoopOne.CPUSeconds)
			}
		}
		cells = append(cells, loopAll, loopOne, rate, analysis, overhead, cpuOverhead)
		fmt.Fprintf(&b, "| %s |\n", strings.Join(cells, " | "))
	}
	fmt.Fprintf(&b, "\nFastest of %d runs each. %d CPUs, %s; load average (1, 5, 15 min) %s before, %s after. Command: `%s`.\n",
		env.Repeat, env.CPUs, env.GoVersion, env.LoadBefore, env.LoadEnd, env.Command)
	if len(rows) >= 2 {
		for i := 1; i < len(rows); i++ {
			a, c := rows[i-1], rows[i]
			if a.Pipeline != nil && c.Pipeline != nil && a.Articles > 0 {
				fmt.Fprintf(&b, "Scaling %d → %d articles (%.0f×): pipeline time %.1f×.\n", a.Articles, c.Articles,
					float64(c.Articles)/float64(a.Articles), c.Pipeline.WallSeconds/a.Pipeline.WallSeconds)
			}
		}
	}
	return b.String()
}
