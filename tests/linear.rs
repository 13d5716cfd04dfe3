#![cfg(not(target_arch = "wasm32"))]
//! Linear time (issue 18): for each rule family's adversarial shape, checking ten
//! times the input must take about ten times as long, not a hundred. A quadratic step
//! (P001 once scanned the whole list of header cells for every date: 10k lines took
//! 0.07 s, 160k lines 7.1 s) makes the ratio grow with n and fails here.
//!
//! Time is the measure, since a quadratic scan need not allocate. To keep a shared,
//! noisy 2-core machine from failing the test: the time is the thread's CPU time (not
//! what other processes take), each size is timed as the best of three runs (noise
//! only ever adds time), the small size is large enough to time (tens of milliseconds
//! in a debug build), and the bound is generous — ten times the input may
//! take at most [`MAX_RATIO`] times as long, where a linear check gives about 10 and a
//! quadratic one about 100. `BAOCAO_LINEAR_PRINT=1` prints the times.

use std::time::Duration;

use baocao::{check_document, Options};

/// How much longer ten times the input may take.
const MAX_RATIO: f64 = 25.0;

fn options() -> Options {
    Options {
        today: baocao::parse_iso_date("2026-11-23").ok(),
        ..Options::default()
    }
}

/// CPU time of this thread: what other processes on the machine do is not counted
/// (wall time is, and a busy machine slows a long run more than a short one).
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec it is given, nothing else.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    assert!(ok, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn best_of_three(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let t = thread_cpu_time();
            std::hint::black_box(check_document(text, &options()));
            thread_cpu_time().saturating_sub(t)
        })
        .min()
        .unwrap_or_default()
}

/// A plan's head, then `body(i)` for i in 0..n, then its closing part.
fn plan(n: usize, body: impl Fn(usize) -> String) -> String {
    let mut out = String::from(
        "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n\
         Phòng, chống mua bán người năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n\
         Nâng cao hiệu quả công tác phòng, chống mua bán người.\n\n\
         II. NHIỆM VỤ, GIẢI PHÁP\n\n",
    );
    for i in 0..n {
        out.push_str(&body(i));
    }
    out.push_str(
        "\nIII. TỔ CHỨC THỰC HIỆN\n\nCông an tỉnh chủ trì theo dõi, báo cáo.\n\n\
         Nơi nhận:\n- Bộ Công an;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n",
    );
    out
}

const LETTERS: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

type Shape = (&'static str, usize, fn(usize) -> String);

/// Each shape at its small size n (about 30–100 ms in a debug build).
fn shapes() -> Vec<Shape> {
    vec![
        // P001: with no type name and no place-and-date line, every line before the
        // body is header, and each of its cells with a comma may be the place and date
        // (skipped by P001). Bullet lines of dated cells: the quadratic shape.
        (
            "header cells with dates, no place-and-date line (P001)",
            500,
            |n| {
                let mut out = String::new();
                for i in 0..n {
                    let cells: Vec<String> = (0..8)
                        .map(|j| format!("Sở {j}, {}/{}/2026", 1 + (i + j) % 28, 1 + j))
                        .collect();
                    out.push_str(&format!("- {}\n", cells.join("\t")));
                }
                out
            },
        ),
        // Tables copied from Word (`reader::line::table_lines`): a wide header row, then
        // short rows (which look below for the rest of their tabs) and lines without
        // tabs (which look below for a row), in one block with no blank line.
        (
            "a table of short rows and lines without tabs (A001, T002)",
            400,
            |n| {
                plan(n, |i| {
                    let mut out = String::new();
                    if i == 0 {
                        out.push_str(&format!("STT{}\n", "\tCơ quan chủ trì".repeat(40)));
                    }
                    out.push_str(&format!("{i}\tSố tin báo đã giải quyết {i}\n"));
                    for k in 0..3 {
                        out.push_str(&format!("Tuyên truyền đợt {k} tại thôn {i}\n"));
                    }
                    out
                })
            },
        ),
        // Tables set out with spaces (a PDF's text copied with its layout,
        // `reader::line::table_lines`): one long run of lines whose cells line up, and one
        // whose gaps line up with nothing (read as prose).
        ("a table with cells apart by spaces (T002)", 400, |n| {
            plan(n, |i| {
                format!(
                    "   {i:<9}{:<36}{:>8}{:>8}\n",
                    format!("Số tin báo đã giải quyết {}", i % 9),
                    i + 1,
                    format!("{}%", i % 100)
                )
            })
        }),
        (
            "lines with gaps that line up with nothing (T002)",
            400,
            |n| {
                plan(n, |i| {
                    format!(
                        "Tiếp nhận {i} tin báo,{}   đã giải quyết {i} tin   đạt 95%\n",
                        " tại thôn".repeat(i % 5)
                    )
                })
            },
        ),
        // Every date rule: numbered task lines with dates.
        ("numbered lines with dates (P001–P007)", 400, |n| {
            plan(n, |i| {
                format!(
                    "{}. Sở Y tế, Công an tỉnh thực hiện từ ngày {}/{}/2026 đến 31/02/2026, giai đoạn 2026 - 2030.\n",
                    i + 1,
                    1 + i % 28,
                    1 + i % 12
                )
            })
        }),
        ("lettered items (S004)", 400, |n| {
            plan(n, |i| {
                let mut s = format!("{}) Tuyên truyền nội dung {i}.\n", LETTERS[i % 23]);
                if i % 23 == 22 {
                    s.push_str(&format!("{}. Nhiệm vụ tiếp theo\n", 1 + i / 23));
                }
                s
            })
        }),
        ("headings with nothing under them (S001–S005)", 400, |n| {
            plan(n, |i| format!("{}. CÔNG TÁC {i}\n\n", i + 1 + i % 3))
        }),
        ("agency lists (A001–A005)", 150, |n| {
            plan(n, |i| {
                format!(
                    "{}. Sở Lao động – Thương binh và Xã hội, Sở Y tế, UBND huyện, Tòa án nhân dân tỉnh, \
                     Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Sở Thông tin và Truyền thông, Sở Tư pháp, \
                     các sở, ban, ngành, địa phương thực hiện nhiệm vụ {i}.\n",
                    i + 1
                )
            })
        }),
        ("citations (L001)", 300, |n| {
            plan(n, |i| {
                format!(
                    "Căn cứ Quyết định số {}/QĐ-TTg ngày 0{}/02/2023 của Thủ tướng Chính phủ; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;\n",
                    190 + i % 7,
                    1 + i % 9
                )
            })
        }),
        ("targets and percentages (T001–T006)", 300, |n| {
            plan(n, |i| {
                format!(
                    "- Phấn đấu giải quyết trên {}% tin báo, tố giác; điều tra khám phá {},5% số vụ; \
                     truy tố 1{}0% số vụ; đưa ra xét xử 90% số vụ án.\n",
                    80 + i % 30,
                    85 + i % 9,
                    i % 10
                )
            })
        }),
        ("recipients (F005)", 1_500, |n| {
            let mut out = plan(0, |_| String::new());
            out.push_str("Nơi nhận:\n");
            for i in 0..n {
                out.push_str(&format!("- Sở số {i};\n- UBND xã {i},\n"));
            }
            out
        }),
        ("a report's counts and rates (T002–T005)", 600, |n| {
            let mut out = String::from(
                "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 45/BC-UBND\nHưng Yên, ngày 15 tháng 6 năm 2026\n\n\
                 BÁO CÁO\nKết quả phòng, chống mua bán người 6 tháng đầu năm 2026\n\nI. TÌNH HÌNH\n\n",
            );
            for i in 0..n {
                out.push_str(&format!(
                    "Tiếp nhận {} tin báo, đã giải quyết {} tin (đạt {}%); khởi tố {} vụ, xét xử {} vụ.\n",
                    20 + i % 5,
                    19 + i % 7,
                    90 + i % 11,
                    4 + i % 3,
                    5 + i % 4
                ));
            }
            out
        }),
        // The shapes of issue 8's hostile input.
        ("date-like fragments on one line", 200, |n| {
            format!(
                "KẾ HOẠCH\nPhòng, chống mua bán người năm 2026\n\nI. TỔ CHỨC THỰC HIỆN\n\n{}",
                "từ ngày 15/12 năm trước - 14/3, trước ngày 1O/3/20 và 31/02 hoặc 2026-13-45 \
                 giai đoạn 2030 - 2026 quý IV 06 tháng năm ("
                    .repeat(n)
            )
        }),
        ("a report's figures in one endless sentence", 300, |n| {
            format!(
                "BÁO CÁO\n\nII. KẾT QUẢ\n\nTiếp nhận {} đạt 95% và",
                "20 tin báo 7 vụ 3 nạn nhân 12 người 90% ".repeat(n)
            )
        }),
        ("one long line", 1_000, |n| {
            "Công an tỉnh chủ trì, phối hợp Sở Y tế, Ủy ban nhân dân các xã trước ngày 15/4/2026; "
                .repeat(n)
        }),
        ("blank lines", 50_000, |n| plan(1, |_| "\n".repeat(n))),
        ("nested 1.1.1… numbering", 10_000, |n| {
            plan(1, |_| format!("{}Việc\n", "1.".repeat(n)))
        }),
        ("NFD text on one line", 2_000, |n| {
            "Mu\u{323}c tie\u{302}u pho\u{300}ng, cho\u{302}\u{301}ng ".repeat(n)
        }),
    ]
}

#[test]
fn ten_times_the_input_takes_about_ten_times_as_long() {
    let print = std::env::var_os("BAOCAO_LINEAR_PRINT").is_some();
    // Warm up what is built once (the agency registry, the word tables).
    check_document(
        &plan(3, |i| format!("{i}. Sở Y tế thực hiện.\n")),
        &options(),
    );
    let mut failures = Vec::new();
    for (name, n, make) in shapes() {
        let (small, large) = (make(n), make(10 * n));
        let (t1, t10) = (best_of_three(&small), best_of_three(&large));
        let ratio = t10.as_secs_f64() / t1.as_secs_f64().max(1e-6);
        if print {
            println!(
                "{name}: n={n} {} B {:?}, 10n {} B {:?}, ratio {ratio:.1}",
                small.len(),
                t1,
                large.len(),
                t10
            );
        }
        if ratio > MAX_RATIO {
            // Once more, in case the machine was busy for all three runs.
            let ratio = best_of_three(&large).as_secs_f64() / t1.as_secs_f64().max(1e-6);
            if ratio > MAX_RATIO {
                failures.push(format!("{name}: 10× the input took {ratio:.0}× as long"));
            }
        }
    }
    assert!(failures.is_empty(), "not linear: {failures:#?}");
}
