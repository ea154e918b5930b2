"""probe121 corpus notes, E15-E20 (internal medicine residency continuity clinic; all invented)."""

E15 = {"patient_id": "E15", "age": 67, "sex": "F", "notes": [
("2023-08-14", "Continuity Clinic Progress Note", """
PGY1 acute slot - Y. Brandvold, MD
S: 67F. Kidneys failed 2020, HD at Cedar Bend unit MWF. Type 2 diabetic, glargine 18u nightly which she sticks in the R thigh "since forever, I can see that spot good". Came in bc of a tender darkish spot on the front of that thigh x 10 days - "it's sitting right where my needle goes, I figured I hit a vein."
Otherwise feels ok. No fevers.

O: 88 kg, BMI 33.9. R anterior thigh within her shot area: 3x2cm purpuric, indurated plaque, dusky center, lipohypertrophic skin around. No drainage. L thigh fine.

A/P:
#R thigh plaque at insulin site - worry for early calciphylaxis; ddx injection-site panniculitis, abscess (not fluctuant)
- derm bx set for 8/22
- use abd for glargine until sorted
Attestation: Seen w/ Dr Brandvold. Location over her insulin site + pain -> CUA on the differential, needs tissue. - T. Mensah-Kurtz, MD
"""),
("2023-09-11", "Continuity Clinic Progress Note", """
PGY1 f/u - Y. Brandvold
S: Missed the derm bx - her ride never came. Thigh still sore, maybe a little smaller. Using belly for insulin now.
O: BMI 33.9. R thigh plaque 3.5x2.5cm, no eschar.
A/P: ? calciphylaxis R thigh - unconfirmed, bx rebooked 9/26 w/ transport arranged by SW.
Attestation: agree, keep pushing for tissue dx. - T. Mensah-Kurtz, MD
"""),
("2023-11-06", "Continuity Clinic Progress Note", """
PGY1 - Y. Brandvold
S: Went to derm but refused the punch at the last minute ("no more cutting on me"). Spot is shrinking, hurts less.
O: Wt 89 kg BMI 34.2. R thigh: 2x1.5cm faint purplish area, soft.
A/P: R thigh lesion, improving - calciphylaxis remains a possibility, never proven; lipodystrophy/panniculitis equally plausible. Watchful waiting, derm aware.
Attestation: agree. - T. Mensah-Kurtz, MD
"""),
]}

E16 = {"patient_id": "E16", "age": 74, "sex": "M", "notes": [
("2018-04-09", "Continuity Clinic Progress Note", """
PGY3 note - O. Hargreave
S: 74M with stage 4 CKD (eGFR 19), nephrology following, NOT yet on any dialysis. Afib on coumadin x 6 yrs. No diabetes. Chronic venous insufficiency. Son brought him in: "his shins have these raw places that won't heal, about a month now."
O: BMI 27.8. Both anterior shins: shallow ulcers with purplish edges (R ~3cm, L ~2cm), hemosiderin staining, 1+ edema.
A/P: Bilat shin ulcers - ddx venous stasis vs calciphylaxis (non-dialysis CKD, warfarin) vs warfarin-induced skin necrosis (late for that).
- derm for punch bx, ABI
Attestation: Pt seen + examined. Agree. - I. Varga, MD
"""),
("2018-05-07", "Continuity Clinic Progress Note", """
PGY3 - O. Hargreave
S: Bx of L shin edge 4/20 came back nondiagnostic: dermal stasis change, no vessel calcium seen, but specimen superficial per derm. ABIs normal bilat (R .95 / L .92).
O: BMI 27.8. Ulcers unchanged.
A/P: Shin ulcers - calciphylaxis not excluded (shallow sample). Derm suggests deeper incisional bx.
Attestation: agree. - I. Varga, MD
"""),
("2018-07-02", "Continuity Clinic Progress Note", """
PGY3 - O. Hargreave
S: Pt does not want another bx. Son doing dressings, ulcers slowly closing.
O: Weight down 1 kg, BMI 27.5. R shin 2cm, L shin 1cm.
A/P: Leg ulcers improving. Etiology still unclear - venous vs possible calciphylaxis. Stays on warfarin per cards. CKD 4, no dialysis.
Attestation: agree. - I. Varga, MD
"""),
]}

E17 = {"patient_id": "E17", "age": 45, "sex": "F", "notes": [
("2026-01-12", "Continuity Clinic Progress Note", """
PGY2 note - W. Szabo-Nkemelu
S: 45F, ESRD from lupus nephritis, on nightly cycler PD. Not diabetic; no anticoagulants ever. Has noticed sore lumps on her tummy near the PD tube for 3 wks, "like marbles under the skin that hurt when I bend over."
O: BMI 36.0. Abd wall, periumbilical, away from exit site: two 2cm tender subQ nodules, faint lacy livedo over one. PD exit site clean.
A/P: Abd wall nodules - CUA must be considered (PD, obesity) vs lupus panniculitis vs early tunnel infection.
- derm referral for bx; Ca/Phos/PTH
Attestation: Agree w/ resident - differential as above. - P. Lindqvist, MD
"""),
("2026-02-09", "Continuity Clinic Progress Note", """
PGY2 - W. Szabo-Nkemelu
S: Saw derm, declined bx - worried about the PD catheter. Nodules the same. Phos 6.9.
O: BMI 36.0. Unchanged nodules, no eschar, no ulceration.
A/P: Nodules - calciphylaxis cannot be excluded. Renal adjusting binders.
Attestation: agree. - P. Lindqvist, MD
"""),
("2026-03-23", "Continuity Clinic Progress Note", """
PGY2 - W. Szabo-Nkemelu
S: No new lumps. Still sore to touch.
O: BMI 35.8.
A/P: Possible calciphylaxis vs lupus panniculitis - unresolved, pt still declines tissue. Obesity: nutrition referral.
Attestation: agree. - P. Lindqvist, MD
"""),
]}

E18 = {"patient_id": "E18", "age": 59, "sex": "F", "notes": [
("2022-08-01", "Continuity Clinic Progress Note", """
PGY1 note - E. Juarez-Pembroke
S: 59F, ESRD, hemodialysis M/W/F. Dx'd with L popliteal DVT 7/18, coumadin started 7/20 (no heparin bridge per ED). No DM. Four days ago "big dark blood blisters" came up on both thighs, very painful.
O: BMI 31.5. Both anterior thighs: hemorrhagic bullae on a purpuric, partly necrotic base.
A/P: Necrotic thigh lesions days after starting warfarin - ?calciphylaxis, but onset this soon after starting it points to warfarin-induced skin necrosis.
- derm punch same day; send protein C + S
Attestation: agree, urgent. - K. Mensah, MD
"""),
("2022-08-08", "Continuity Clinic Progress Note", """
PGY1 - E. Juarez-Pembroke
S: Derm bx 8/2: dermal vessels plugged w/ fibrin, vessel walls free of calcium. Low protein C level. Derm: this is warfarin skin necrosis; calciphylaxis ruled out.
O: BMI 31.5. Bullae deroofed, dressed.
A/P: warfarin stopped 8/2, on heparin w/ HD then apixaban.
Attestation: agree. - K. Mensah, MD
"""),
("2022-09-19", "Continuity Clinic Progress Note", """
PGY1 - E. Juarez-Pembroke
S: Thigh wounds healing. On apixaban.
O: BMI 31.2.
A/P: warfarin necrosis, resolving - not calciphylaxis. Obesity.
Attestation: agree. - K. Mensah, MD
"""),
]}

E19 = {"patient_id": "E19", "age": 51, "sex": "M", "notes": [
("2024-05-20", "Continuity Clinic Progress Note", """
PGY2 note - R. Tamsin-Achterberg
S: 51M, CKD 3a (Cr 1.6), no dialysis, DM2 on metformin 500 bid, obesity, HTN. His older brother is on HD and was diagnosed w/ calciphylaxis on his legs this spring - "it was awful, can I get that?" No skin complaints himself.
O: 101 kg; BMI 31.0. Skin exam unremarkable.
A/P: Family hx calciphylaxis (brother). Explained his risk is low w/o dialysis. No calciphylaxis in this pt. Wt loss counseling.
Attestation: agree. - I. Varga, MD
"""),
("2024-11-18", "Continuity Clinic Progress Note", """
PGY2 - R. Tamsin-Achterberg
S: Down 4 kg w/ walking. No new issues.
O: BMI 29.8. Skin nl.
A/P: (copied fwd) Problem list: Obesity | DM2 (metformin) | CKD stage 3a | HTN. Brother's calciphylaxis again discussed. Pt w/o skin lesions.
Attestation: agree. - I. Varga, MD
"""),
]}

E20 = {"patient_id": "E20", "age": 63, "sex": "F", "notes": [
("2025-06-02", "Continuity Clinic Progress Note", """
PGY3 note - V. Oduya-Lindgren
S: 63F, CKD 5 (eGFR 9), fistula maturing, HD start planned next month. DM2 on insulin aspart + degludec, usually the abdomen.
O: BMI 28.0. Skin intact.
A/P: Counselled re calciphylaxis as a risk once on dialysis; if painful skin sores develop she is to call us. Rotate insulin sites.
Attestation: agree. - P. Lindqvist, MD
"""),
("2025-08-11", "Continuity Clinic Progress Note", """
PGY3 - V. Oduya-Lindgren
S: started in-center HD 7/7, tolerating.
O: BMI 28.0. Skin nl, no lesions.
A/P: ESRD now on HD. Reminded her to keep heat pads + ice off her skin. No warfarin.
Attestation: agree. - P. Lindqvist, MD
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
