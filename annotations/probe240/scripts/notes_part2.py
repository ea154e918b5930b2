"""probe240 corpus notes, T08-T14 (heart failure clinic, cardiac rehab, LVAD and the clinics around them; all invented)."""

T08 = {"patient_id": "T08", "age": 62, "sex": "F", "notes": [
("2025-07-15", "Cardiac Rehabilitation Session Note", """
Cardiac Rehab - session 14 of 36 - 07/15/2025
62F HFpEF | ESRD, dialysis Tu-Th-Sa | T2DM, basal-bolus insulin (degludec/aspart) |
class III obesity.
S: sciatica-ish ache, R buttock into posterior thigh, comes and goes since spring; no
injury, no fall. Every evening since the start of summer she straps a gel cold pack,
straight out of the freezer, against the R posterior thigh for 30-40 min, and
sometimes forgets it there well over an hour.
O: 112.3 kg; BMI 41.0. Resting 142/78, pulse 76, sat 95%. SLR neg. Skin R post
thigh pale pink, intact.
Ex: recumbent bike 12 min L2, seated row band, walking track 6 laps. RPE 12-13.
Tele SR, occ PVC.
Ed: towel between pack and skin, cap it at 15-20 min. Note to PCP suggesting
outpatient PT for the sciatica.
"""),
("2025-09-16", "Hemodialysis Rounding Note", """
HD rounding 9/16/25 - Sable Creek Dialysis
S: since Labor Day a new, savagely painful area behind the R thigh; admits the
freezer pack still goes on it "most nights".
O: pre-HD 111.6 kg, BP 156/82. R posterior thigh: firm purple plaque 7x5cm, livedo
at its border, stellate necrotic middle about 2 cm.
Labs: PTH 905; corrected calcium 10.2; phosphate 7.4 (!) despite binders; alb 3.0.
Thoughts: ?calciphylaxis. Cold packs must stop. Derm bx ASAP. Switch Ca acetate to
lanthanum, raise cinacalcet, 4 hr -> 4.5 hr treatments. STS to start once bx done.
"""),
("2025-10-01", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
62F, hemodialysis, insulin-treated DM, BMI 40.6.
Biopsy R posterior thigh 2025-09-19: calcium (von Kossa +) in subcutaneous arteriolar
walls, thrombosed lumens, with widespread necrosis of the fat lobules. Calciphylaxis.
Hx: plaque began 9/1/2025 in the exact area where she has laid a frozen gel pack nightly
since summer 2025. No injections or injury there; insulin goes in the abdomen.
Exam: R posterior thigh 8x6cm, eschar 3cm. Nothing elsewhere.
Plan: Sable Creek to give STS 25 g with every treatment, no freezer packs or heat there, bordered
silicone foam, palliative team for pain, wound clinic weekly.
"""),
]}

T09 = {"patient_id": "T09", "age": 72, "sex": "M", "notes": [
("2025-05-06", "Heart Failure Clinic Visit", """
HEART FAILURE CLINIC
72M HFrEF (EF 30%), NYHA III; ESRD, manual PD (4 exchanges daily), still passes ~900 mL
urine/d. T2DM on insulin pens (he uses his belly only), AF on apixaban, obesity.
Interval: 3 kg up over 2 wks, orthopnea 3 pillows, abd girth up.
118.2 kg today = BMI 38.0. BP 112/70, HR 84 AF. JVP 14, crackles R base, pitting 3+
up to the knees.
A/P
- SC furosemide on-body infusor 80 mg/5 h, daily x 3 d then M/W/F.
- He will put the first one on at home tomorrow (5/7); taught to use the lower
  abdomen, switching sides each time, 5 cm clear of the PD catheter (exit site LLQ,
  just left of midline).
- 2 g Na, 1.5 L fluid. Daily weights.
- PD RN to try icodextrin for the long dwell.
RTC 2-3 wk.
"""),
("2025-06-24", "Peritoneal Dialysis Clinic", """
PD clinic 24/06/2025
S: since mid-June, sore, hard, mottled skin high on the inner side of each thigh.
Denies trauma. He confirms the infusor and his insulin have only ever gone into the
belly, never the legs. Heat/cold not used; clothes loose.
O: 115.0 kg. Medial thighs bilaterally: livedo racemosa with firm, tender plaques,
L worse than R, the L with a dusky 1cm spot. Abdominal wall clear at infusor sites;
PD exit site clean.
Alk phos 188, PTH 520; Ca 10.4 and P 6.6.
A/P: possible calciphylaxis of both thighs - derm for bx this week; sevelamer for Ca
acetate; hold vit D analog.
"""),
("2025-07-08", "Dermatology Consult", """
DERM
Punch biopsy L medial thigh 6/27/2025: vascular calcification of tiny vessels within
the subcutaneous fat, thrombi, necrosis of fat. Calciphylaxis.
Bilateral medial thigh involvement, onset mid-June 2025. No injection, device, thermal
or pressure exposure at the thighs by history. The abdominal infusor and insulin sites
and the PD catheter exit site are clear.
Exam: both medial thighs - indurated plaques, retiform purpura; L thigh bx site
sutured; 1.5cm eschar forming on the L. Wt 114.1 kg.
Plan: IV STS 3x/wk (infusion center, pt on PD), non-adherent dressings, pain regimen,
nutrition consult (alb 2.8). Cardiology to keep using the infusor on the abdomen only if
needed; PD team adjusting dwell to limit phosphate.
"""),
]}

T10 = {"patient_id": "T10", "age": 58, "sex": "F", "notes": [
("2019-10-01", "LVAD Clinic Visit", """
LVAD CLINIC - 10/1/2019
58F, HM3 since Aug 2018 (bridge to candidacy), NICM.
Pump 5400 rpm, 4.2 L/min, PI 3.6, 4.0 W. Doppler MAP 84.
New: purple, painful plaque on the outer R thigh, first noticed 2 weeks ago. No fall,
no injections, no heat/ice or new clothing at that spot before it appeared.
Exam: R lateral thigh, 4x4cm, firm and purple, lacy border.
Driveline exit (R upper abdomen) clean and dry.
Labs: INR 2.8 on warfarin, LDH 230, Cr 1.3 (CKD 3a, no dialysis). HbA1c 6.1 -
prediabetes, diet advice only.
Wt 98.6 kg, BMI 35.4.
Plan: derm (Dr Sato) this week to bx, warfarin can continue, photos to chart.
"""),
("2019-10-15", "Dermatology Clinic Note", """
DERMATOLOGY
Punch bx R lateral thigh, done 2019-10-04: Dr Sato's read - hypodermal small
vessels encrusted with calcium, clots, fat necrosis -> calciphylaxis (non-uremic type;
risk: warfarin, obesity, female sex).
Since the biopsy she has been laying an ice pack over the tender area at bedtime to
dull it; told today to give up the ice.
Exam: R lateral thigh plaque 5x4cm, central dusky zone, bx site with suture.
Plan: IV thiosulfate at Marsh Rd infusion, M/W/F; LVAD team re: INR target lower end; wound
clinic; gabapentin 100 qhs.
"""),
("2019-11-12", "Wound Clinic Note", """
Wound clinic - visit 2
R lateral thigh calciphylaxis ulcer 4.6x3.8cm; eschar (80%) now lifting at its
margins; serous drainage, moderate; not malodorous; 1 cm erythema round it.
Procedure: curette used for sharp selective debridement of the loose eschar, little
bleeding; numbed first with topical lidocaine, which worked.
Dressing: calcium alginate, silicone border foam, edges secured with paper tape.
Ice pack use stopped after derm visit (10/15). Pain 5/10, using acetaminophen and
gabapentin. Nutrition: prealbumin 14, adding protein shakes. LVAD on, no alarms; pt
wearing batteries on a shoulder vest, nothing across the thighs.
Plan: weekly visits, continue STS, photo documentation each visit.
"""),
("2019-12-10", "LVAD Clinic Visit", """
LVAD CLINIC 12/10/19
Thigh ulcer improving per wound clinic, now 3.9x3.1cm, granulating.
Pump 5400 rpm, 4.3 L/min, PI 3.4. MAP 80. No alarms.
Driveline exit site R upper abd intact, no drainage; weekly kit.
Daily weights at home steady 97-98 kg; today 97.4 kg, BMI 34.9.
INR 2.2 (goal 2-2.5 now) on warfarin 3 mg. Cr 1.2.
Fluid limit 2 L, torsemide 20 mg daily unchanged; no orthopnea, NYHA II.
Plan: continue STS through January then reassess, transplant eval on hold until wound
heals. Next LVAD visit 6 wks, INR weekly by home kit.
"""),
]}

T11 = {"patient_id": "T11", "age": 64, "sex": "M", "notes": [
("2022-02-14", "Cardiac Rehabilitation Session Note", """
CR Session 20/36, Monday
64M HFrEF s/p ICD; ESRD - evening dialysis shift M/W/F; T2DM on insulin.
S: shows us a tender place on his L inner calf, there "a week or so". He denies
knocking it on any machine; applied no heat, no ice; shoes and socks unchanged;
no insect bite.
O: L medial calf - purplish nodule 1.5cm, tender, faint lacy livedo encircling.
Pre BP 128/74, HR 70 paced, wt 101.5 kg, BMI 32.4.
Ex: upper body only today - arm ergometer 15 min, band rows, seated march w/o
leg resistance. RPE 12. Tele V-paced, no ectopy.
Messaged his nephrologist w/ photo. Pt to show HD RN Wednesday.
"""),
("2022-02-17", "Hemodialysis Rounding Note", """
HD ROUNDS - Thu 2/17/22 (seen on extra UF session)
L medial calf now 3cm stellate purpura with a new small eschar; very painful.
No hx of trauma to the leg.
Calciphylaxis high on the differential (HD 6 yr, PTH 1100, phos 7+).
Counselled: keep heating pads, ice and compression wraps off both legs; should he be
hospitalized, any SC heparin goes somewhere other than the legs.
Plan: derm punch bx early next wk, STS 25 g to begin after his runs, stop calcitriol,
cinacalcet 60.
"""),
("2022-03-03", "Dermatology Consult", """
DERMATOLOGY CONSULT
Punch biopsy L medial calf 2/22/22 (path #S22-1187): arteriolar calcification in the
fat layer with thrombi and necrosis. Diagnosis calciphylaxis.
No history of trauma, injection, thermal exposure of any kind to the L leg; insulin
injections are always abdominal. AF: warfarin discussed with cardiology in 2021 but
apixaban was chosen; he has never taken warfarin.
Exam: 3.5x3cm L medial calf ulcer, adherent eschar, livedo around. R leg clear.
Plan: continue STS with HD, leg elevation, wound clinic, avoid any injections or
thermal devices on the legs.
"""),
]}

T12 = {"patient_id": "T12", "age": 70, "sex": "F", "notes": [
("2024-01-16", "Peritoneal Dialysis Clinic", """
PD CLINIC - monthly
70F, CCPD for ESRD (ADPKD), HFpEF, mechanical mitral valve 1998 - warfarin (valve clinic
aims for INR about 3). Non-diabetic.
S: R buttock pain starting New Year's Day, sitting is hard. No fall, no injections
there, no heat.
O: BMI 24.1 (scale 61.2 kg, stable). R buttock, upper-outer part: indurated 5x5cm plaque, violaceous
reticulated border, tender. No ulcer.
Labs: PTH 480, INR 3.1; calcium 9.8 and phos 6.3.
A/P: calciphylaxis or a panniculitis - derm for a deep punch bx; warfarin continues
(valve); sevelamer instead of calcium carbonate.
"""),
("2024-02-12", "Cardiac Rehabilitation Session Note", """
CARDIAC REHAB   2/12/24   session 16
S: fell at home Saturday 2/10 - aimed for a kitchen chair, missed its edge, came
down on the R buttock. Head not hit. Has a new bruise there.
O: ecchymosis 6x4cm R lower buttock, touching the lower edge of her known
calciphylaxis plaque (bx-proven Jan). BP 118/64, HR 66 (paced), INR 2.9 per pt.
Ex: seated program only, UE ergometer 12 min, light bands. RPE 10-11.
Plan: fall risk review, home safety; told derm nurse about the bruise; rehab to
continue seated until seen.
"""),
("2024-02-27", "Dermatology Follow-up", """
DERM F/U
R buttock calciphylaxis (deep punch 1/19/2024 - septal/lobular fat necrosis, calcified
vessels, clots). Onset early January 2024, weeks before her fall on 2/10; the
fall bruise has resolved and did not change the plaque.
Exam: plaque 5.5x5cm, no ulceration. No new lesions.
Plan: IV STS 3x/wk continues, pressure-relief cushion for rehab and home, warfarin per
cardiology (mechanical valve, no alternative), keep INR at the low end of goal. Pain
controlled on acetaminophen. PD prescription unchanged. Recheck 4 wk, sooner if the
plaque opens.
"""),
]}

T13 = {"patient_id": "T13", "age": 67, "sex": "M", "notes": [
("2023-06-20", "Cardiac Rehabilitation Intake Assessment", """
CARDIAC REHAB INTAKE
67M s/p CABG x2 5/30/2023 (LIMA-LAD, SVG-RCA). Endoscopic vein harvest from the L
lower leg, 2 small incisions medial L calf, healed. L leg swelling since surgery ->
wears a knee-high compression stocking (20-30) on the L leg only, daily since discharge.
ESRD, dialysis 3x/wk (Mon, Wed, Fri) via an AV graft, R upper arm. T2DM managed by diet, A1c 6.7.
AF post-op: warfarin was discussed, apixaban started instead.
Wt 96.0 kg, ht 177 cm, BMI 30.6.
Baseline 6MWT 286 m. BP 136/76, HR 78.
Rx: treadmill 1.5 mph 0%, NuStep L2, 20-25 min total, RPE 11-13, Tu/Th/Sa.
"""),
("2023-08-15", "Hemodialysis Rounding Note", """
HD rounds 08/15/2023
S: painful sore, outer side of the R calf; he first spotted it roughly 3 wks back. No
bump, nothing worn on that leg (the stocking is on the left).
O: R lateral calf, 2.5x2cm ulcer, black eschar on top; livedo and induration round
it. DP pulses palpable 1+ both feet; R ABI 1.0 in July.
Labs: PTH 760 and phosphorus 6.9.
Pre-HD wt 95.2 kg, BP 150/78. Target wt unchanged.
A/P: ?calciphylaxis vs arterial ulcer; derm bx. Non-Ca binder, STS post-HD pending.
Asked cardiac rehab to hold treadmill work until the wound is assessed; arm
ergometer OK.
"""),
("2023-08-29", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx R lateral calf 8/18/2023: calcification plus thrombosis of small arterioles; fat necrosis.
Diagnosis - calciphylaxis, right lateral calf.
No trauma, injections or devices on the R leg. The L leg vein harvest incisions are
healed and the compression stocking is worn on the L leg only; L leg skin normal.
Exam: R lateral calf ulcer 3x2.5cm under eschar; otherwise skin clear.
Plan: thiosulfate with dialysis (25 g), wound clinic, analgesia, no stockings or wraps
on the right leg.
Letter to cardiac rehab: may continue upper body and NuStep with the wound dressed.
"""),
]}

T14 = {"patient_id": "T14", "age": 61, "sex": "F", "notes": [
("2026-01-13", "Heart Failure Clinic Visit", """
HF CLINIC 1/13/2026
61F HFpEF; ESRD - HD at Westbrook unit; insulin-treated T2DM; obesity.
PMH: 2018 - calciphylaxis of the lower abdomen where she used to inject insulin,
healed after 9 mo of STS, old atrophic scars. Ever since, insulin goes only into her
thighs. Never on warfarin.
Wt 103.8 kg, BMI 39.7. BP 134/72, HR 74. JVP 9, lungs clear, 1+ edema.
Skin: old stellate scars lower abd, no active lesions anywhere.
A/P: HFpEF stable on HD UF; empagliflozin not used (ESRD). Fluid 1 L/day. Keep up skin
checks at HD. RTC 3 mo.
"""),
("2026-02-10", "Hemodialysis Rounding Note", """
HD ROUNDS  10 Feb 2026
S: for 10 days a hard, sore region in her left breast. No trauma, wears a soft
front-closure bra w/o underwire, no recent mammogram or biopsy there.
O: L breast, LOQ: firm tender area ~4x3cm, violaceous overlying skin, livedoid margin,
nipple unremarkable, not fluctuant. Afebrile. Abdominal scars quiet.
Labs: PTH 980; Ca 9.9; phosphorus 7.2.
A/P: calciphylaxis vs mastitis/abscess vs malignancy. Breast US and surgical bx;
sevelamer, STS held until dx. Daughter to drive her to imaging Thursday.
"""),
("2026-02-24", "Breast Surgery Clinic Note", """
BREAST SURGERY
US-guided core bx L breast (2026-02-16): fat necrosis with calcified small vessels and
thrombi; no malignancy. Findings diagnostic of calciphylaxis of the L breast.
No trauma or pressure to the breast. Thighs (current insulin sites) clear. The 2018
abdominal lesions remain healed.
Exam today: L breast LOQ, 4.5x3.5cm of induration with violaceous skin, small central
dusky zone, no drainage; axilla without nodes. Core bx site healing.
Plan: no excision; STS with HD via nephrology; supportive bra; pain mgmt; RTC 6 wk.
"""),
]}

PATIENTS = [T08, T09, T10, T11, T12, T13, T14]
