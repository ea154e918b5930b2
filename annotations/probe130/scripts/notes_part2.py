"""probe130 corpus notes, S08-S14 (endocrinology / diabetes-technology clinic; all invented)."""

S08 = {"patient_id": "S08", "age": 70, "sex": "M", "notes": [
("2019-11-12", "Endocrinology Clinic Note", """
Endocrinology f/u - diabetes + secondary hyperparathyroidism
70M, T2DM on basal-bolus pens (glargine 30 u hs, lispro sliding scale),
always injects into the abdomen. ESRD on HD since 2018. CAD s/p CABG x3 in
2017 (LIMA-LAD, 2 vein grafts; open great saphenous harvest from the R
medial thigh).
PTH 890 on cinacalcet 60 mg; Ca/P 10.1/7.2.
New c/o: R inner thigh pain since the end of October, "right along my
old bypass scar", now with dark crusts.
Exam: R medial thigh along the healed vein-harvest scar: linear 7 x 2 cm
violaceous indurated band with two black eschars, very tender. L thigh
normal. Abdominal injection sites without lipo or bruising.
A: suspected calciphylaxis along the surgical scar.
P: derm for biopsy this week; nephrology aware; hold calcitriol.
Wt 84 kg, BMI 28.6
"""),
("2019-11-20", "Dermatology Consult", """
Dermatology consult
Referred by endocrine for a painful linear lesion of the R medial thigh.
HD pt, insulin-treated diabetic, never anticoagulated (no warfarin).
Exam: along the old saphenous harvest incision, R medial thigh, a 7.5 cm
band of livid purpura with two adherent black eschars (2.0 and 1.2 cm).
Surrounding skin indurated. Rest of skin exam: no other lesions.
Assessment: I strongly favor calciphylaxis, here confined to the old
vein-harvest incision (scar koebnerization). Deep incisional bx performed at
proximal margin, 2 sutures.
Plan: path in ~1 wk; gentle wound care, nonstick dressing; avoid
pressure from tight trousers on that thigh.
"""),
("2019-12-03", "Nephrology Clinic Note", """
Nephrology clinic
Bx R medial thigh 11/20/2019: medial calcific change in small arteries/
arterioles of septal fat, thrombosis, von Kossa positive. Final dx: calciphylaxis.
Plan: STS 25g every HD session beginning this week; stop calcium
binder -> sevelamer; cinacalcet 60 -> 90 mg; surgical referral for
parathyroidectomy given PTH 890 despite cinacalcet.
Vitamin K level ordered. No anticoagulation.
Wound: eschars dry, bx site healing, sutures out next wk. Pain 5/10 on
acetaminophen + tramadol 50 mg after HD. Pt asked whether his bypass scar
"went bad" - explained that calcified small vessels in the fat are the
problem and that the old incision seems to be where it showed itself.
Endo aware; insulin unchanged.
Dry wt 83.2 kg, BMI 28.2
RTC 2 wks.
"""),
]}

S09 = {"patient_id": "S09", "age": 63, "sex": "F", "notes": [
("2021-04-07", "Diabetes Technology Clinic - Download Review", """
Device clinic - in-person download review
63F, T1DM x 50 yrs, ESRD, CAPD x4 exchanges daily, patch pump + CGM.
Pods: upper abdomen, kept above the PD catheter exit. CGM: always posterior
RIGHT upper arm - she sleeps on her left side and "the left arm would
get knocked off at night". Has never worn a sensor on the L arm.
Download 14d: TIR 63%, TBR 4% (mostly after the dextrose-heavy overnight
dwell ends), GMI 7.2%.
Changes: basal 0.60 -> 0.55 u/h 0300-0700; correction factor 1:45 -> 1:50.
Skin: R arm sensor sites w/ faint adhesive marks, no breakdown. Pod sites
clean.
Wt 81 kg, BMI 31.8
RTC 3 mo.
"""),
("2021-09-14", "Dermatology Consult", """
Derm consult (PD unit)
63F T1DM, ESRD/CAPD. Painful lesion, posterior L upper arm; she first
felt it 3 weeks ago - a hard, tender knot, now ulcerated.
Exam: L posterior upper arm: ulcer 3.5x3cm, black eschar base and
violaceous stellate rim, firm to palpation. R posterior upper arm at the
CGM sensor: intact skin, only residue from adhesive. Abdomen around pods
clean.
Pt very clear that the left arm has never had a sensor, injection or BP
cuff.
Imp: probable calciphylaxis L arm. Punch bx today.
Plan: path f/u; nephrology to review Ca x P and PTH.
"""),
("2021-09-28", "Nephrology PD Clinic Note", """
PD clinic
Punch bx (2021-09-14) L posterior upper arm: VK-positive calcium in vessel walls
through the subcutis, plus luminal thrombi = calciphylaxis.
Plan: switch to low-calcium PD solution, add icodextrin long dwell, STS IV
3x/wk via outpatient infusion, cinacalcet 30 mg.
Endo: sensor may stay on the R arm; no changes to pod sites.
Skin R arm: normal.
L arm ulcer unchanged at 3.5x3cm, wound RN doing dressings twice weekly.
Pain controlled w/ acetaminophen + low-dose gabapentin after the evening
exchange. Exit site clean, no peritonitis episodes this year.
Ca/P 9.6/6.3; iPTH 455. Stop calcium carbonate.
Wt 80.2 kg, BMI 31.5
"""),
]}

S10 = {"patient_id": "S10", "age": 56, "sex": "M", "notes": [
("2021-09-15", "Endocrinology Telehealth Visit", """
Tele-endo (phone + photo upload)
56M T2DM, ESRD on APD since 2020. Insulin: glargine 20 u + aspart w/ meals,
all into the abdomen.
Pt reports a sore spot, R posterior calf, since Labor Day,
initially red and firm, now purple with a darker center. Pt recalls no injury
to that leg. Photos: ~2 cm dusky patch R posterior calf w/ central crust.
BG log: fasting 140s-180s, no lows.
A/P: calf lesion - ? calciphylaxis vs early ulcer; pt is on PD and phos has
been 6-7 all summer. Urgent derm referral sent; PD nurse informed.
Insulin unchanged.
"""),
("2021-09-28", "Dermatology Consult", """
Dermatology
56M ESRD/APD, T2DM on insulin. Lesion R posterior calf since 09/06/2021.
Exam: R posterior mid-calf ulcer 3x2.5cm, black eschar covering it, retiform
purpura at the rim, marked tenderness. Anterior shins and L leg intact.
Pt reports the spot started as a firm, sore, reddish lump and darkened
over 2 wks. Leg not injured; no heat/cold applied; meds unchanged.
Imp: calciphylaxis favored, given PD, phos 6-7 and the retiform edge;
venous or arterial ulcer less likely (pulses good, no edema).
4 mm punch bx done.
Plan: await path; no compression; wound RN to dress with non-adherent
gauze; pain - acetaminophen, avoid NSAIDs.
"""),
("2021-10-12", "Nephrology PD Clinic Note", """
PD clinic visit
Derm bx (9/28) R calf: calciphylaxis (arteriolar calcification, thrombi,
von Kossa +). STS started 10/5, tolerating.
Interval event: on 10/02 his granddaughter's puppy jumped up and scratched the
R calf - 3 shallow linear scratches on the lateral calf, a few cm from the
ulcer, which had been there since early September. Scratches cleaned at home,
healing, no signs of infection.
Ulcer itself unchanged, 3 x 2.5 cm.
Labs: P 6.4, Ca 9.0, PTH 540. Binder adjusted.
79kg, BMI 26.0
"""),
]}

S11 = {"patient_id": "S11", "age": 60, "sex": "F", "notes": [
("2023-04-20", "Patient Portal Message", """
Hi Dr Vasquez-Holt, its Loretta. Right after Easter I got a really painful
purple area low on my belly (L side), in the fold under the pannus.
I held a warm washcloth over it several times hoping to soften it up but it's
worse - now a black scab sits in the center and it burns all the time.
I have never given my Trulicity in the belly, I always do my thighs like you
showed me. ER or wait for derm?? My dialysis unit said to
ask you first.
"""),
("2023-04-25", "Dermatology Consult", """
Derm consult
60F, ESRD on HD, T2DM on weekly dulaglutide (into thighs only; no insulin),
AF on warfarin. Painful lesion of L lower abdomen since Easter Sunday.
Applied warm compresses after it appeared.
Exam: L lower abdominal pannus, inferior fold: indurated plaque 7x5cm,
irregular black eschar, livedo racemosa extending toward the L flank. Thighs:
tiny injection marks, no lesions.
Imp: calciphylaxis (clinical); punch bx at the edge to confirm.
Plan: stop warm compresses; nephrology for STS; warfarin - discuss with
cardiology.
"""),
("2023-05-16", "Wound Care Clinic", """
Wound care visit
Path (4/25): calciphylaxis confirmed.
L lower pannus wound: 7.5 x 5 cm, 80% eschar, 20% slough. Loose eschar trimmed
with scalpel at the bedside, minimal bleeding. Dressing: calcium
alginate, ABD pad, secured with paper tape.
Anticoag: warfarin switched to apixaban last week per cardiology.
Periwound: livedo fading at the flank edge, no cellulitis. Pain 7/10 during
dressing change, premedicated next time. Reviewed with pt how to keep the
pannus fold dry (cotton liner), no powders on the wound. STS going in with
each HD since 5/2.
Wt 112.4 kg, BMI 40.6
Next visit 1 wk.
"""),
]}

S12 = {"patient_id": "S12", "age": 72, "sex": "M", "notes": [
("2018-03-14", "Endocrinology Consult", """
Endocrinology consult - secondary hyperparathyroidism
72M, ESRD on HD since 2012, no diabetes (A1c 5.3%). PTH 1420 despite
cinacalcet 90 and calcitriol. Past warfarin for AF, switched to apixaban in
2016.
New: painful purple mottling on both calves for the past month, now with a
few small open areas. No leg injury per pt - no falls, bumps,
heat or ice.
Exam: retiform purpura over both calves, 3 shallow ulcers (largest
1.5 cm on L calf). Feet warm, pulses present.
A: concern for calciphylaxis with refractory SHPT.
P: urgent derm bx; parathyroidectomy referral; stop calcitriol.
BMI 31.4
"""),
("2018-03-27", "Dermatology Consult", """
Derm
Bilateral calf retiform purpura with ulceration, as described by endocrine.
Punch bx (L calf) 3/16: vascular calcification with thrombi, von Kossa +:
calciphylaxis.
Compression stockings had been ordered by his PCP for ankle swelling in
February but he never picked them up; they should not be started now.
Counseled: legs are off-limits to heating pads and ice, avoid knocks and tight
socks, report any new sores.
Wound RN to dress ulcers.
Exam today: bilateral posterior and lateral calves with net-like purpura,
ulcers L 1.8cm, R 0.8cm + 0.6cm, dry eschar. Feet warm.
Pain 8/10 - referred to palliative care for pain support.
RTC 3 wks.
"""),
("2018-05-02", "Nephrology Progress Note", """
HD progress note
s/p total parathyroidectomy w/ autotransplant 4/20/18, uncomplicated; PTH now
62. Hungry bone, Ca infusion weaned.
Calciphylaxis of both calves slowly improving on STS 25 g TIW.
L calf ulcer now 1.2 cm with granulating edge; R calf ulcers epithelialized.
Neck incision healing well.
Ca 8.4 on CaCO3 1g tid plus calcitriol 0.5 (for hungry
bone only), P 4.1.
No warfarin (apixaban). Not diabetic, no glucose-lowering drugs.
Dialysis: 4 h TTS, Kt/V 1.4, dry weight steady.
BMI 31.0
"""),
]}

S13 = {"patient_id": "S13", "age": 66, "sex": "F", "notes": [
("2024-05-08", "CDCES Education Visit", """
DM education f/u, in person
66F, T2DM on glargine 34 u + lispro 6-8 u with each meal, all by pen.
ESRD on CCPD.
Injection site check: she does every shot in the R anterior mid-thigh,
sitting on the edge of the bed, being right-handed, and "the belly
is where the PD tube lives". Mild lipohypertrophy R mid-thigh. Abdomen,
L thigh and arms not used.
Teaching: site map for both thighs and upper arms, 1-inch rotation, 4 mm
needles single use. She will try to use the L thigh on alternate days.
BMI 34.9
"""),
("2024-07-17", "Dermatology Consult", """
Derm consult
66F ESRD/CCPD, T2DM on insulin. Painful lesion on the R hip since the 4th of
July weekend, started as a hard red knot, now black-centered.
EXAM: R hip, lateral, over the greater trochanter: violaceous plaque 4x3.5cm
with central eschar and livedoid edge. The R anterior thigh injection
zone (a hand's breadth below and in front of this) is intact apart from mild
lipohypertrophy - lesion is not in the injection area.
IMP: calciphylaxis suspected; 4 mm punch today.
PLAN: path; offload hip when lying (pillow wedge); renal informed.
"""),
("2024-07-30", "Nephrology PD Clinic Note", """
PD clinic
Bx R hip (2024-07-17): calciphylaxis (calcified arterioles, fibrin thrombi, von
Kossa +). Starting STS IV TIW at the infusion suite; calcium-free binder.
Insulin continued, pen sites R/L thighs.
Never on warfarin; no anticoagulant at all.
Exit site clean. PET last spring high-average; no change to CCPD
prescription. Phos 6.5 -> sevelamer 1600 tid.
Hip wound 4x3.5cm, dry eschar, no drainage; wound RN weekly.
Pain managed w/ acetaminophen + gabapentin 100 mg at bedtime.
Endo to lower glargine if intake falls.
BMI=34.4
"""),
]}

S14 = {"patient_id": "S14", "age": 48, "sex": "M", "notes": [
("2018-08-21", "ED Provider Note", """
ED note
48M, T1DM (pump), ESRD - dialyzes Tue/Thu/Sat. 4 days of a red, swollen,
painful lump at an old infusion-set site, R lower abdomen. Subjective fevers.
Exam: R lower quadrant 3 cm fluctuant abscess with 5 cm surrounding
cellulitis; old set marks across abdomen.
Bedside U/S: fluid collection 2.1 cm.
Procedure: I&D under local, purulent drainage, packed.
Glucose 312 on arrival, no ketones; pump running, set changed in ED.
Plan: doxycycline 100 mg bid x 7 d (renally ok), packing removal 48 h,
relocate pump set to the L abdomen, endo f/u. Come back if redness spreads,
fever or DKA symptoms.
"""),
("2018-10-02", "CDCES Education Visit", """
CDCES visit - site assessment
Abscess R lower abd (8/21) healed, small scar.
Palpation: multiple rubbery lipohypertrophic lumps across the periumbilical
abdomen at his habitual set sites; glucose variability when sets land in
them (download: CV 44%).
Teaching: avoid lumpy areas for 3-6 months; new sites upper buttocks and
flanks, rotation clockwise; hand hygiene + alcohol prep before set changes
(prior abscess).
Pt return-demonstrated set insertion into upper buttock.
Basal review: overnight 0.7 u/h, unchanged; ICR 1:10.
Wt 70 kg, BMI 23.1
"""),
("2019-03-12", "Dermatology Consult", """
Derm consult (HD unit referral)
48M T1DM on pump, ESRD/HD. Painful dusky patches on both calves x 6 weeks,
two now ulcerated. Legs never injured; no heat, cold or compression used.
Exam: both posterior calves show retiform purpura and two black-eschar
ulcers (L 2cm, R 1.5cm). Abdomen: lipohypertrophic lumps at old set sites
and a healed I&D scar RLQ - these are not calciphylaxis. Buttock set sites
clean.
Imp: calciphylaxis of both calves (clinical); punch bx R calf.
Plan: path f/u 2 wks; nephrology to start STS if confirmed; foam dressings.
"""),
("2019-03-26", "Nephrology Progress Note", """
Nephrology
Bx R calf 2019-03-12: calciphylaxis confirmed.
Plan: STS 25g IV on HD days, cinacalcet, non-calcium binder. Pain team.
No warfarin history. Insulin needs down ~15% since pain started - endo aware.
Labs: Ca 9.7, P 7.0, PTH 690; calcium acetate stopped, sevelamer begun.
Sets now rotated between upper buttocks and flanks, no new lumps.
Discussed with pt that the belly lumps are from insulin pump sites and are a
separate, harmless problem. Wound RN dressing both calves with foam,
leg elevation at rest.
BMI 22.8
"""),
]}

PATIENTS = [S08, S09, S10, S11, S12, S13, S14]
