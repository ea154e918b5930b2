"""probe160 corpus notes, A08-A14 (integrative medicine, acupuncture, chiropractic, massage and the
clinics around them; all people, places and wording invented)."""

A08 = {"patient_id": "A08", "age": 70, "sex": "F", "notes": [
("2025-08-26", "Massage Therapy SOAP Note", """
BLUE HERON THERAPEUTIC MASSAGE - SESSION NOTE
Therapist: Corinne Abernathy, LMT     60 min

Client intake update: 70 y/o F, on hemodialysis Tue/Thu/Sat (fistula L forearm - no pressure,
no BP cuff that arm), T2DM using insulin, neuropathy in feet. Reports she bought a
spiked acupressure mat on 8/14/2025 and now keeps it on her desk chair, sits on it 3-4 hrs a day
"for circulation" while doing puzzles and emails.
S: upper back + neck tension 6/10, poor sleep.
O: elevated R shoulder, hypertonic upper trap and rhomboids bilat, TPs in R levator.
Skin of back checked while draping: intact, no bruising or open areas seen.
Treatment: side-lying + supine (no prone, client preference). Swedish w/ light-moderate
pressure,
MFR to upper traps, gentle TP release R levator, no work on L arm, feet light pressure only
(neuropathy).
A: tension reduced to 3/10 post session. Client relaxed.
P: every 2 wks. Self-care: heat is ok on shoulders only briefly; drink within fluid limit.
"""),
("2025-10-07", "Wound Care Clinic New Patient", """
OUTPATIENT WOUND CENTER - NEW PATIENT EVAL
Referred by nephrology for L buttock wound

HPI: 70F on HD, DM2 on insulin. She first became aware of a painful "bruise" on the L buttock in
September; over ~3 wks it turned black and opened. Pain 9/10 sitting.
She has been sitting on a spiked acupressure mat for several hours a day since mid-August and
stopped using it last week when the pain got too bad.
Exam: L mid buttock, 4.0x3.2 cm full-thickness wound with firm black eschar; around it
~8 cm of violet, branching purpura and induration; no fluctuance, no odor. Sacrum & R buttock
intact.
Wound lies exactly where the spikes of the acupressure mat pressed when she sat; pattern of
tiny healed pinpoint marks around the margin.
Vitals: T 36.8, BP 156/74. Ht 160 cm, Wt 76.5 kg; BMI 29.9 (so overweight, just shy of obese).
Procedure: punch biopsy (6 mm) at the purpuric margin; path to include a calcium stain.
Plan: offload - no sitting on the mat, gel cushion; calcium alginate + bordered foam;
f/u 1 wk w/ path.
"""),
("2025-10-21", "Nephrology HD Rounding Note", """
HD ROUNDS - Northfield Kidney Center, shift 2
70F ESRD (HTN/DM) on HD TTS, L forearm AVF, Qb 400.

Path from wound center bx 10/7: calciphylaxis (subcut arterioles calcified, occluding
thrombi; von Kossa +). Onset September 2025, L buttock at the acupressure mat contact area.
Today: eschar unchanged at 4x3 cm; pain 6/10, takes oxycodone 5mg as often as TID.
Monthly labs - calcium 9.2, phosphorus 6.6, PTH 720 (high), albumin 3.1, Hgb 10.8.
Insulin: glargine 14u qAM, lispro SSI; BG on unit 140-210.
Not anticoagulated. Post-HD weight 76.2 kg; BMI 29.9 - overweight (<30).
Plan:
- sodium thiosulfate 25g IV last hour each tx, started 10/16
- d/c calcitriol; binder to sucroferric oxyhydroxide
- lengthen each session to 270 min
- wound center weekly; reinforced no sitting on the spike mat or any hard surface
"""),
]}

A09 = {"patient_id": "A09", "age": 66, "sex": "M", "notes": [
("2021-03-16", "Acupuncture Treatment Note", """
GOLDEN RIVER ACUPUNCTURE & HERBS
Tx note - visit 1    Li-Hua Brandt, L.Ac.

Pt 66 yo M w/ R knee osteoarthritis, pain 6/10 on stairs. ESRD, dialysis three times weekly,
DM2 treated with insulin, HTN. Obese, BMI 31.4 per pt's dialysis card.
Tongue: purplish, thick greasy coat. Pulse: slippery, choppy.
Dx: Bi syndrome R knee, damp + blood stasis.
Points: R knee only - Xiyan (medial & lateral eyes), ST34, SP9, GB34, SP10 on the R; ST36 R.
0.25x40 mm, e-stim 2/100 Hz dense-disperse between the two eyes of the knee, 20 min.
TDP mineral heat lamp positioned 40 cm from the R knee and upper R calf during retention, 20
min; skin checked at end - mild pinkness only.
L leg not treated (pt asymptomatic there).
Plan: weekly needles + TDP lamp R knee x 6. Pt given R knee stretching handout.
"""),
("2021-06-01", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - FOLLOW UP

66M, diabetic kidney disease now ESRD, dialyzing MWF through a R brachiocephalic AVF; DM2 on
detemir insulin 20 u BID; HTN; obesity.
New: a sore, dusky patch behind the L calf, started in early May, now with a dark center.
Also doing weekly acupuncture with a heat lamp for his R knee, which has helped.
Exam: BP 148/82. L posterior mid calf: 5x4 cm firm violet plaque with retiform
margins and a necrotic center of 1.5 cm. R leg: skin intact, no lesions. DP/PT signals on
Doppler.
Chem: calcium 10.0 | phos 7.0 | PTH 1020 | albumin 3.4.
A/P: ?calciphylaxis of L calf vs arterial ulcer. ABI + arterial duplex. Urgent derm for biopsy.
Switch calcium acetate to sevelamer. Cinacalcet to 60 mg.
"""),
("2021-06-15", "Dermatology Consult", """
DERMATOLOGY CONSULT

Punch bx 6/4, L posterior calf: calcified small vessels, thrombosis, lipo-necrosis;
VK positive. Arterial duplex: no hemodynamically significant stenosis.
Dx: L posterior calf calciphylaxis (histology confirmed).
Trauma history reviewed with the pt: the acupuncture heat lamp has only ever been aimed at the
R knee and R calf; the L leg has never had heat, injections, falls or knocks. Insulin goes into
the abdomen.
Exam: L calf plaque 6x4 cm, eschar 2 cm. R calf and R knee skin normal.
BMI 31.2 today.
Plan:
- STS 25g IV during dialysis (nephro)
- wound care: collagenase to eschar edges, foam dressing
- may continue acupuncture on the R knee; no heat lamp on either leg going forward
- f/u 3 wks
"""),
]}

A10 = {"patient_id": "A10", "age": 55, "sex": "F", "notes": [
("2019-03-26", "Primary Care Visit", """
FAMILY MEDICINE - OFFICE VISIT

55 y/o F w/ ESRD (lupus nephritis) on peritoneal dialysis, PE 2016 (on warfarin until 2018;
apixaban 2.5mg BID from then on), HTN, obesity. No diabetes.
CC: painful mottled patch, outer R thigh, since mid-March. "It's like a burning
bruise." No injury recalled. No fever.
Vitals: BP 134/86, HR 78, T 36.9; weight 104.6 kg, BMI of 38.0.
Exam: R lateral thigh - 6x5 cm zone of violet, netted discoloration; firm, tender
subcutaneous plaque in its middle; not ulcerated. L thigh normal. PD exit site looks fine.
A/P:
- R thigh lesion: concern for calciphylaxis (PD, obesity, female) vs lupus panniculitis vs
  livedo; derm referral (first available 4/12), CBC, CMP, ANA, C3/C4 ordered
- avoid heat, massage or any pressure on the area
- continue apixaban
- f/u after derm
"""),
("2019-04-06", "Massage and Cupping Session Note", """
STILLWATER BODYWORK - MASSAGE / CUPPING SESSION
Therapist: Ingrid Solheim, LMT (cupping cert.)

Client 55 F, regular client. States doctor wants her to see a dermatologist for a spot on her R
outer thigh; she feels the thigh is "just tight" from sleeping on that side and asked for
cupping on it.
Contraindication chekc: on PD, on apixaban - explained bruising risk; client consented.
O: R lateral thigh w/ blotchy purple area mid-thigh, warm, tender to light touch.
Treatment: Swedish back & neck 30 min. Silicone cups x4 static along R lateral thigh (around and
over the purple area) 6 min, light suction; no moving cupping.
Post: dark circular marks where the cups sat, client reports soreness 5/10.
Plan: therapist to avoid that area next session until cleared by derm. Client advised to
show the marks to her dermatologist.
"""),
("2019-04-20", "Dermatology Consult", """
DERMATOLOGY - NEW CONSULT

55F on PD, seen for R lateral thigh lesion.
History: onset mid-March 2019 per pt and her PCP's 3/26 note. On 4/6 she had cupping over the
same area at a massage studio; lesion enlarged and became more painful afterward.
Punch bx 4/12: calcium deposition in small subcutaneous vessels, microthrombi, necrotic fat;
von Kossa +; no interface change or lobular lymphocytic panniculitis to suggest lupus.
Dx: calciphylaxis of R lateral thigh - bx-proven. The cupping came about 3 weeks after onset,
so it did not trigger the lesion, although it may have worsened it.
Exam: 8x6 cm plaque, central eschar 2 cm, ring of circular ecchymoses fading.
Plan: no cupping/massage/heat on the thigh; sodium thiosulfate via infusion center 3x/wk;
nephro to optimize phos; wound RN.
"""),
("2019-05-15", "PD Clinic Note", """
PD CLINIC - MONTHLY

55F ESRD from lupus nephritis, CCPD. Calciphylaxis R lateral thigh dx 4/2019, on STS since 4/24
(infusion center M/W/F), tolerating w/ mild nausea.
Thigh: eschar 2.5 cm, edges drier, periwound purpura less; pain 5/10 (was 8).
PD: 4 exchanges via cycler, weekly Kt/V 2.0, UF 900 mL/day.
Meds: apixaban 2.5mg q12h (warfarin d/c'd 2018 - do not resume), sevelamer
1600 mg with meals, cinacalcet 60 mg daily, hydroxychloroquine 200 daily, amlodipine 10.
Vitals: BP 128/80, wt 103.4 kg, BMI 37.6.
Labs: calcium 9.1 / phosphate 5.2 / iPTH 410 / albumin 3.2.
Plan: continue STS x 8 more wks, then reassess. Dietitian for phosphorus. RTC 4 wks.
"""),
]}

A11 = {"patient_id": "A11", "age": 60, "sex": "M", "notes": [
("2023-06-05", "Wound Care Clinic Note", """
WOUND CLINIC - PROGRESS NOTE

60M, ESRD, dialyzing Tues, Thurs, Sat. Insulin-requiring DM2 - basal glargine 40 units, which
he injects into the back of one upper arm or the other (alternating); morbid obesity, BMI 46.2.
Wound: L lower abdominal pannus, calciphylaxis confirmed by derm punch bx 5/26/23. Onset early
May 2023 as a sore violet patch; ulcerated since.
Measurements: 7.2x5.0x0.4 cm; bed 60% slough, 30% eschar, 10% granulation;
serous exudate, moderate; periwound branching purpura; no odor.
Procedure: sharp selective debridement - slough and lifting eschar removed (curette, forceps)
down to bleeding tissue at the inferior edge; hemostasis w/ silver nitrate. Pt tolerated w/
lidocaine gel.
Dressing: medical-grade honey alginate, ABD pad, pannus sling to lift fold.
Plan: weekly debridement; STS with HD; refer to integrative medicine for pain (pt interested
in acupuncture). RTC 1 wk.
"""),
("2023-06-20", "Integrative Medicine Acupuncture Note", """
INTEGRATIVE MEDICINE - ACUPUNCTURE (hospital-based clinic)
Dr. Camille Ostrowski, MD, medical acupuncturist

Referred by wound clinic for pain from a L pannus calciphylaxis ulcer.
Pain 8/10, sleep poor, oxycodone causing constipation.
Tx:
- "Surround the dragon": 8 needles (0.16x15 mm) placed obliquely in intact skin 1 cm outside
  the ulcer margin on the L lower abdomen, pointing toward the center, retained 20 min.
- Photobiomodulation, 808 nm laser, 4 J/cm2 over the ulcer bed after needles out.
- Distal: LI4, PC6, ST36 bilat; auricular Shen Men + Point Zero.
No bleeding, ulcer edges unchanged after tx.
Post-tx pain 5/10.
Plan: twice weekly x 4 wks on non-HD days; coordinate w/ wound clinic debridement days.
"""),
("2023-07-18", "Nephrology HD Rounding Note", """
HD ROUNDING NOTE
60M, ESRD, HD via L brachial-axillary graft, DM2 requiring insulin, BMI 45.8.
Calciphylaxis of L lower abdominal pannus (onset May 2023, bx 5/26): improving on STS with each
run since 6/1, weekly wound clinic debridement and acupuncture x 8 sessions. Wound 5.8x4.1 cm,
mostly granulating per wound RN.
Pain 4/10, oxycodone down to 5 mg BID.
Labs: Ca 8.9, phosphate 5.5, iPTH 480, alb 3.4.
Glargine now 34 u (A1c 7.3); still injecting into arms only.
Plan: continue STS; cinacalcet 90; no vitamin D analog; RD follow-up; continue acupuncture.
"""),
]}

A12 = {"patient_id": "A12", "age": 74, "sex": "F", "notes": [
("2020-02-11", "Dermatology Consult", """
DERMATOLOGY - CONSULT

74F, ESRD, dialysis Mon/Wed/Fri, atrial fibrillation (warfarin), HTN, obesity (wt
down 9 kg since starting dialysis), hypothyroid. Not diabetic, no insulin or other injectable
meds. Painful lesions of both calves x 5 weeks. Pt firmly denies any falls, bumps or scratches,
any use of electric warming pads, cold packs or hot-water bottles, and any injections into her
legs. She gets no SC heparin at HD.
Wt 71.9 kg, Ht 156.4 cm, BMI 29.4.
Punch bx 2/4 (R medial calf): subcutis w/ calcified, thrombosed arterioles; fat
necrotic; von Kossa positive.
Exam: bilateral posterior/medial calves with retiform purpura and 3 stellate ulcers (R 2, L 1),
each 1-2 cm with black eschar. Thighs and abdomen spared.
Dx: calciphylaxis, both calves, biopsy-confirmed.
Plan: thiosulfate at dialysis; nephrology + cardiology to consider stopping warfarin
(apixaban?); no compression; she asks about acupuncture for pain - fine if no needles, cups or
heat on the legs.
"""),
("2020-03-03", "Acupuncture Note", """
RIVERSIDE INTEGRATIVE PAIN - ACUPUNCTURE
Hugo Merriweather, L.Ac.

74F with calciphylaxis of both calves (biopsy 2/4), on HD, referred by derm for pain and sleep.
Pain 7/10 legs, 3-4 hrs sleep.
Plan of care (per derm): will NOT needle, cup, or apply moxa or heat lamp to the lower legs
while the ulcers are present; no points below the knees.
Tx: NADA auricular protocol both ears (Sympathetic, Shen Men, Kidney, Liver, Lung) with ear
seeds between visits; body: LI4, HT7, PC6 bilat, Yintang. 0.18 mm, 25 min, seated in recliner.
Pt dozed durring tx. Post: pain 5/10.
Plan: weekly; recheck legs visually only.
"""),
("2020-03-24", "Nephrology HD Note", """
NEPHROLOGY - HD NOTE
74F, ESRD on dialysis MWF (tunneled R internal jugular catheter; L AVF still maturing),
calciphylaxis bilateral calves diagnosed 2/2020.
Anticoag: cardiology stopped warfarin 3/1; apixaban 2.5mg BID since.
Calves: ulcers stable to slightly smaller, eschars dry. Pain 5/10, acupuncture helping sleep.
Note for any future admission: if DVT prophylaxis is needed, SC heparin should NOT be given in
the legs or thighs; use abdomen or arms, or mechanical ppx of the upper body only.
Labs: Ca 8.8 - PO4 5.9 - PTH 530 - Hgb 9.9.
Plan: continue STS 25g each run; sevelamer; cinacalcet 30; ESA per protocol.
"""),
]}

A13 = {"patient_id": "A13", "age": 64, "sex": "M", "notes": [
("2021-06-08", "Integrative Sports Medicine Procedure Note", """
INTEGRATIVE SPORTS & REGENERATIVE MEDICINE - PROCEDURE
Dr. Anselm Kovalenko, DO

Procedure: dextrose prolotherapy, R knee, series 1 of 3.
Indication: R knee medial compartment OA w/ MCL laxity, pain 7/10, failed PT and topical NSAID
(no oral NSAIDs - ESRD).
PMH: ESRD, HD thrice weekly (L AVF), DM2 on linagliptin, HTN, obesity, BMI 33.0.
Anticoagulants: none, never warfarin.
Consent signed. Skin prepped w/ chlorhexidine.
Injections (27 G): 15% dextrose + 0.5% lidocaine -
- intra-articular via superolateral approach 6 mL
- MCL femoral origin and tibial insertion, 4 peppering sites each, 0.5 mL/site
- pes anserine bursa region 2 mL
Total 14 mL. No complications. Band-aids applied.
Post: walk normally, no NSAIDs, ice not recommended (dialysis patient), acetaminophen prn.
Next session 4 wks.
"""),
("2021-08-24", "Integrative Sports Medicine Follow-up", """
INTEGRATIVE SPORTS & REGENERATIVE MEDICINE - FOLLOW UP

Prolo #2 to R knee done 7/6/21 (same sites), tolerted. Knee pain now 4/10.
New: sore purple patch, inner R thigh, "a hand above the knee" since around Aug 10.
Exam: R distal medial thigh, centered ~12 cm proximal to the medial joint line: 4x3 cm firm
violaceous plaque w/ livedoid border, very tender. Skin over the knee itself, incl. MCL and pes
anserine injection sites, normal. No effusion.
A: distal thigh lesion, above and separate from the injection sites; worry for calciphylaxis
given dialysis.
Plan: hold prolo #3. Urgent derm referral; emailed his nephrologist.
"""),
("2021-09-07", "Dermatology Consult", """
DERMATOLOGY CONSULT

64M on HD, DM2 (linagliptin, no insulin), obesity.
Biopsy 8/30 (R distal medial thigh): subcutaneous arterioles with calcified walls,
thrombosed, amid necrotic fat; VK stain +.
Dx: calciphylaxis, R distal medial thigh, biopsy-proven.
Note: the plaque is in the thigh well proximal to the knee; it is not at the prolotherapy
injection sites, which were all at the joint line, MCL attachments and pes anserine - that skin
is intact. No other trauma to the thigh reported.
Exam: plaque now 5x4 cm w/ central eschar 1 cm.
Plan: thiosulfate with dialysis; calcium carbonate stopped; wound care (hydrocolloid edges, dry
eschar); RTC 2 wks.
BMI 32.8 today.
"""),
]}

A14 = {"patient_id": "A14", "age": 58, "sex": "F", "notes": [
("2024-02-20", "TCM Acupuncture and Herbal Note", """
HARMONY PEAK TRADITIONAL CHINESE MEDICINE
Dr. Yun-Seo Paik, DAOM, L.Ac.

58F, ESRD on PD (nightly cycler), DM2 on insulin aspart + degludec, obesity. Fatigue, cold
limbs, bloating.
Tongue: pale, teeth marks, white coat.  Pulse: deep, slow.
Pattern: Spleen & Kidney yang xu.
Tx today:
- direct rice-grain moxa, 5 cones each at CV4, CV6 and bilateral ST25 around the umbilicus
  (pt asked for "strong moxa"), skin reddened afterward
- fire cupping upper back BL13-BL17 both sides, 6 glass cups, 8 min, dark sha
- needles: ST36, SP6, KI3 bilat, 25 min
Herbs: modified Fu Zi Li Zhong Wan granules (potassium-free, reviewed by nephrologist).
Plan: weekly. Pt to report any blisters.
"""),
("2024-03-12", "Urgent Care Note", """
URGENT CARE VISIT

58F, PD patient, insulin-treated DM, BMI 35.5.
CC 1: small sores around belly button. After "strong moxa" on 2/20 she developed blisters at 4
spots around the umbilicus; they broke and crusted.
CC 2 (seperate): painful, hard, mottled patches behind both thighs for 2 wks.
Denies injuring them.
Exam: T 37.1. Periumbilical: 4 round 6-8 mm crusted erosions at moxa points, minimal
surrounding erythema, no pus. Upper back: faded circular ecchymoses from cupping.
Posterior thighs: indurated violet plaques on each side (right 6x4 cm, left 5x5 cm), livedoid
edges, L with small central dusky area. PD exit site clean.
Plan: mupirocin to periumbilical erosions. Thighs - concerning for calciphylaxis; same-week
dermatology, PD nurse notified.
"""),
("2024-03-28", "Dermatology Consult", """
DERMATOLOGY CONSULT

Punch bx 3/15, L posterior thigh: calcified subcutaneous arteriolar walls, fibrin
clots, fat necrosis; VK stain +.
Diagnosis: calciphylaxis, posterior thighs bilaterally (biopsy from the L).
Other findings:
- periumbilical lesions: healing superficial partial-thickness burns from direct moxibustion,
  re-epithelializing, no necrosis - these are thermal burns, not calciphylaxis
- upper back: cupping ecchymoses, resolved
No trauma, injections, heat or pressure devices on the posterior thighs by history; insulin
is injected into the abdomen, avoiding the moxa spots.
Plan: STS thrice weekly, infusion suite (PD, so no HD runs to pair it with); nephro to intensify
phos control; avoid direct moxa entirely; foam dressings to thighs; RTC 2 wks.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
