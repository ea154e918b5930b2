"""probe202 corpus notes, D15-D20 (IHS and tribal clinics, PHN, CHR and the referral clinics
around them; all people, places and wording invented)."""

D15 = {"patient_id": "D15", "age": 59, "sex": "F", "notes": [
("2021-08-10", "PHN Home Visit", """
PHN HOME VISIT - Red Bank
59 yo woman, ESRD (her HD days Mon/Wed/Fri, Juniper Springs unit), DM2 w/ insulin (Humalog
Mix 75/25 BID), obesity (BMI 34.4), HTN.
Injection check: she has used the L lower belly almost every time since starting the 75/25
last December ("the right side has my gallbladder scar"). Several firm subQ lumps in
the L lower abd, mildly tender, skin color normal.
Teaching: rotation, a new pen needle each shot, showed her the thighs as other sites.
BP 150/88, HR 86. BG 90-260 on her log.
Pt's grandson helps w/ meter readings.
Plan: let PCP know about the lumps; PHN f/u 3 wk.
"""),
("2021-09-07", "Provider Visit - Tribal Clinic", """
RED BANK CLINIC - PROVIDER
Lumps L lower abdomen now painful, and 2 of them turned purple over the past 10 days.
Exam: L lower quadrant, within her injection zone: three 1.5-2.5 cm firm tender subQ nodules,
two w/ violaceous mottling in a net pattern over them; no ulcer, no warmth, no drainage.
VS: BP 158/90, P 88, T 98.2. BMI 34.0.
From HD 9/1: phosphorus 6.4, calcium 9.6, PTH 590.
A: painful nodules at insulin sites - lipohypertrophy (maybe w/ fat necrosis) versus an
early calciphylaxis -
in an HD patient that can't be excluded.
P: move injections to the thighs; telederm e-consult w/ photos; PRC derm if needed.
"""),
("2021-10-05", "Telederm E-Consult", """
TELEDERMATOLOGY E-CONSULT - RESPONSE
Photos of 9/7 and 9/28 reviewed (L lower abdomen).
Impression: subcutaneous nodules at insulin injection sites with livedoid change over two.
Differential: injection-related fat necrosis/panniculitis, early calciphylaxis, infection
less likely. Calciphylaxis can be neither diagnosed nor excluded from images; a deep
incisional biopsy is advised.
Addendum (PHN, 10/12): pt declines biopsy for now - the 3 h drive plus missed HD days are not
workable for her; she plans to relocate next month to her daughter's place out of state; gave pt
copies of records.
"""),
]}

D16 = {"patient_id": "D16", "age": 73, "sex": "M", "notes": [
("2020-12-15", "CHR Home Visit - Elder Program", """
CHR HOME VISIT - Bitter Creek (elder program)
73M, lives alone, no running water, wood + propane heat. ESRD - has chosen not to do dialysis,
followed by the kidney team for comfort-focused care. No diabetes.
Client fills a rubber hot water bottle off the stove kettle and keeps it against his L low back
every night for his backache, since October.
BP 168/94, P 78. Wt 146 lb.
Hauled 2 barrels of water for client. Checked propane level.
Noticed a "brown and purple spotty" look on the skin of his L low back - CHR to tell PHN.
Next visit 1 wk (elder program).
"""),
("2021-01-19", "Provider Visit", """
WILLOW FLATS HC - PROVIDER (pt brought in by CHR)
L low back skin: reticulated red-brown hyperpigmented net ~12 x 10 cm at the hot water bottle
spot, and in its center a shallow 1.5cm ulcer w/ a dark crust and a tender indurated nodule
beneath. Pain 6/10; lying on that side makes it worse.
VS: BP 170/96 P 80 T 97.6. BMI 22.5.
1/12: Cr 6.8, eGFR 8, PO4 6.1 / Ca 9.2 / iPTH 560.
A: erythema ab igne (hot water bottle), with an ulcerated nodule; early calciphylaxis
not ruled out w/ his ESRD. Heat injury ulcer also possible.
P: stop the hot water bottle; PRC derm for bx; petrolatum + gauze; PHN weekly.
"""),
("2021-02-23", "Nephrology Outreach - Conservative Kidney Care", """
NEPHROLOGY OUTREACH (conservative kidney mgmt) - Willow Flats
Derm bx appt 2/3 missed: road to Bitter Creek closed by snow; rescheduled 2/17 - missed again,
county road washed out. Pt now declines more travel and wants his care at home.
L low back: ulcer 1.2 cm, crusted, less tender; mottled net slowly fading now the
hot water bottle is gone.
Imp: possible calciphylaxis vs ulcerated erythema ab igne - unconfirmed; not pursuing bx per
pt's wishes. Continue conservative mgmt of ESRD, no dialysis (his decision, reaffirmed today).
Plan: PHN wound checks, low-phos diet, stop calcium carbonate. Wt 145 lb, BMI 22.4.
"""),
]}

D17 = {"patient_id": "D17", "age": 56, "sex": "F", "notes": [
("2019-10-08", "Walk-in Clinic Note", """
ELK HOLLOW HEALTH STATION - WALK-IN
56F on home PD, c/o cut on R shin from barbed wire while moving her sheep on 10/6 (Sunday).
3 cm jagged laceration R anterior shin, superficial, no FB. Cleaned, steri-strips, dressing.
Tdap 2017 - up to date, not given.
PMH: ESRD - CCPD at home; DM2 on glargine, afib on warfarin (INR 2.2 at PD clinic), obesity.
VS 142/80, 76, 98.0 F. 178 lb, BMI 29.4.
Pt says the sheep are her late husband's and she won't give them up - son helps on weekends.
F/u: PHN wound check 1 wk; keep dry; watch for infection.
"""),
("2019-11-19", "Nephrology PD Clinic Note", """
NEPHROLOGY - Harlan Falls PD clinic
R shin wound from the 10/6 barbed wire cut has not healed; instead the edges went purple, and
it is now a 3.5x2cm ulcer, dark eschar, and a 5 cm violaceous lacy rim, very painful (8/10).
PO4 6.8 / Ca 10.0 / iPTH 730, albumin 3.1. INR 2.9 - in range.
Ddx: nonhealing traumatic ulcer (warfarin, DM, PAD) vs calciphylaxis - cannot exclude.
ABI ordered. Derm referral for bx (PRC).
PD: CCPD, UF 700 mL, Kt/V 1.8 (weekly); exit ok.
Pt drives herself 70 mi each way; asked CHR to help w/ rides in winter.
"""),
("2019-12-10", "Wound Care Clinic", """
WOUND CLINIC - St. Brendan Regional
R ant shin ulcer 3.8x2.2cm, 80% eschar, livedoid margin. ABI R 0.82 (mild PAD).
Deep bx offered; she'd rather hold off until she has moved in with her sister in another state
in January; she will see derm there. ?calciphylaxis stays on the ddx with ischemic/traumatic
ulcer.
Dressing: NS, nonadherent, kerlix. No compression (PAD, possible calciphylaxis).
Records to go with pt. BMI 29.4; obesity on the problem list.
She worries about the sheep over the winter; her son will take them. Wound photos placed in
the chart for the next team to compare.
"""),
]}

D18 = {"patient_id": "D18", "age": 62, "sex": "M", "notes": [
("2020-09-15", "Nephrology HD Rounds", """
NEPHROLOGY - Juniper Springs
62M ESRD on HD MWF, T2DM (linagliptin), CAD - had a cardiac cath via the R femoral at the
university hospital 8/25/20 (1 stent).
Now painful purple-blue toes on the L foot (2nd-4th) and livedo up to the L ankle x 1 wk; the
L 3rd toe tip is black. Pulses faint but there.
PO4 5.8 / Ca 9.1 / iPTH 410; eos 9% (new).
Ddx: calciphylaxis (HD) vs cholesterol emboli post-cath vs PAD.
Plan: derm bx via PRC; vascular consult; no heat to feet. BMI 27.9.
"""),
("2020-10-01", "Dermatology Consult", """
DERMATOLOGY - St. Brendan Regional
Bx 9/24/20 L dorsal foot near the 3rd toe: biconvex needle-shaped clefts in small arteries
(cholesterol emboli); no vascular or septal calcification on von Kossa.
Dx: atheroembolic disease following the 8/25 catheterization. Calciphylaxis excluded.
Exam: L toes 2-4 dusky, 3rd toe tip dry gangrene 5 mm, livedo at the L ankle fading.
Plan: vascular + cardiology aware; high-dose statin; keep feet warm w/ socks, no heating pads;
PHN foot checks. Let the dry toe tip demarcate, no debridement.
Pt asked if this is "the dialysis skin disease" a man in his HD pod has - explained that the
biopsy shows a different process, from the cath.
"""),
("2020-11-10", "PHN Home Visit", """
PHN HOME VISIT
F/u L toes: 3rd toe tip dry black eschar 4 mm, demarcated, others pink now. Livedo gone.
Pt reminded: no soaking feet in hot water. Shoes: extra-depth from podiatry, fit ok.
Glucose log 110-190. BP 138/80, P 72. Wt 198 lb, BMI 27.7.
Pt relieved "it's not the calciphylaxis they were worried about."
Lives w/ his wife 30 mi past the Dry Fork turnoff; she checks his feet each evening with a
hand mirror. Taking the statin, no muscle aches.
Next: 3 wk; podiatry in Harlan Falls 12/1 (CHR to drive).
"""),
]}

D19 = {"patient_id": "D19", "age": 45, "sex": "F", "notes": [
("2022-06-07", "Primary Care Follow-up", """
WILLOW FLATS HC - PRIMARY CARE f/u
45F, T1DM (dx age 12), insulin pump, CKD 3a (eGFR 52, UACR 380), HTN, obesity.
Worried because her older sister, an HD pt in Harlan Falls, was just diagnosed with
calciphylaxis on her
legs and is in the hospital. Pt asks whether this will happen to her.
Skin check of legs, thighs, abd and pump sites: clear - no purpura, nodules, ulcers.
VS BP 132/80, P 78. Wt 224 lb, BMI 38.4.
PO4 3.9 / Ca 9.4 / iPTH 88.
A/P: nothing to suggest calciphylaxis; explained it is mostly seen with kidney failure on
dialysis
and her kidneys still work at about half. Continue ACEi + SGLT2i; nephrology outreach referral.
"""),
("2022-11-15", "Nephrology Outreach Clinic", """
NEPHROLOGY OUTREACH - Willow Flats (monthly)
45F referred by PCP. CKD 3a / A3 from type 1 diabetes, eGFR 50 today, UACR down to 240 on
SGLT2i. Not on dialysis, no plans for it.
Family: sister on HD had calciphylaxis this summer, now healing. Pt's worry about it talked
over again; her own risk is low at this level of kidney function.
Skin: normal survey, no livedo/nodules. No calciphylaxis.
Insulin pump, A1c 7.4. BP 128/78. BMI 38.2.
Plan: continue lisinopril 20 + empagliflozin 10; BMP, UACR in 3 mo; next outreach visit
in 6 mo, or by video from the clinic if roads are bad.
"""),
]}

D20 = {"patient_id": "D20", "age": 50, "sex": "M", "notes": [
("2023-08-22", "CHR Home Visit - Education", """
CHR HOME VISIT - Red Bank
50M, home PD (CCPD) since this spring. Not diabetic. HTN on amlodipine.
Education visit using the PD clinic handout: people on PD or hemodialysis can get
calciphylaxis, a rare, very painful skin problem; heat (pads, hot-water bottles) should never
sit straight on bare skin, don't leave ice packs on for long, and call right away for any
painful purple or
dark spots.
Client says he uses none of those. CHR did not check skin - client reports no sores.
BP 134/84, P 74. Wt 176 lb.
Delivered dialysate order confirmation; boxes to come Thursday by freight.
"""),
("2023-10-17", "Nephrology PD Clinic Note", """
NEPHROLOGY PD CLINIC - Harlan Falls
50M ESRD (hypertensive) on CCPD since April 2023. Not diabetic, no warfarin.
PD: 4 cycles overnight, 1.5%/2.5%, last fill 1 L; UF 800 mL; Kt/V 2.0.
Skin: intact all over, no livedo, no nodules; exit site clean & dry.
No signs of calciphylaxis. Reinforced the skin-care teaching the CHR gave in August.
Hep B vaccine #2 given L deltoid today.
PO4 5.1 / Ca 9.2 / iPTH 320, alb 3.8, Hgb 11.6.
BMI 25.0. RTC 1 mo.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
