"""probe21 corpus notes, F01-F07 (emergency department and urgent care; all invented)."""

F01 = {"patient_id": "F01", "age": 62, "sex": "M", "notes": [
("2023-04-09", "ED Triage Note", """
ED TRIAGE   04/09/23  14:22   Arrival: private vehicle, ambulatory w/ cane
ESI: 3
CC: "my belly sore turned black"
VS  BP 168/94  HR 102  RR 18  T 37.4C  SpO2 97% RA  Pain 9/10
Wt 97.2 kg
62yo M, ESRD on HD MWF @ Riverside Dialysis, DM2 (insulin). c/o hard painful spot L lower abd x1wk, first noticed Sun 4/2, now dark in middle. pt says he gives his insulin "always right there on the left under my belly button" ever since starting Lantus in June 2019. denies fever/chills/vomiting. Last HD Fri.
Allergy: PCN (hives)
Triage RN - K. Obuya
"""),
("2023-04-09", "ED Physician Note", """
EMERGENCY DEPT PROVIDER NOTE
CC: abd wall lesion, pain
HPI: 62 y/o M w/ hx ESRD, dialyzing in-center Mon-Wed-Fri through a L forearm fistula, T2DM on glargine 30u qhs + lispro SSI, HTN, PAD, p/w 1 wk of an exquisitely painful spot, L lower abdominal wall. Onset 04/02/2023 as a firm tender lump; over 3-4d went purple and lacy, then black centrally. Pt injects ALL his insulin into this one area (LLQ) and has for ~4 yrs - "never switch it up, that's my spot". No other injury to the area. No drainage. Subjective low-grade temps. No anticoagulants.
ROS: o/w neg x10
PE: NAD but uncomfortable. Obese abd, soft, NT away from lesion.
Skin: LLQ 4.5x3.5 cm stellate black eschar w/ surrounding violaceous retiform purpura ~2 cm, woody induration, pain out of proportion to touch. No crepitus, no fluctuance. R side of abdomen clear.
Labs: WBC 9.8, cCa 9.9 | phos 7.1 (H) | PTH intact 1140 (H), lactate 1.4. CT abd wall: SC fat stranding + dense vascular calcs LLQ, no gas, no drainable collection.
BMI 33.6
MDM: pt on HD w/ severe hyperphos + high PTH, necrotic eschar in the exact area of chronic insulin injections -> concern for calciphylaxis. NSTI much less likely (no gas, afebrile, nontoxic, LRINEC 2). Derm paged for punch bx; renal aware, will discuss sodium thiosulfate w/ HD.
Dispo: admit medicine. Pt and daughter updated at bedside, agree.
"""),
("2023-05-03", "ED Revisit Note", """
ED NOTE - RETURN VISIT
62M, seen here 4/9 and admitted through 4/14. Punch bx of the LLQ lesion (4/11): calcified small SC vessels w/ intimal thrombosis + fat necrosis => calciphylaxis. Now receiving STS 25 g IV during every HD session. Endo moved his insulin to the R upper arm.
Today: c/o pain not controlled, ran out of oxy 2d ago, no sleep. No fevers.
VS BP 151/80 HR 88 T 36.9 SpO2 98%
Wound LLQ: eschar 5x4 cm, dry, edges stable, thin rim periwound erythema, no pus, no odor.
Wt 95.8 kg, BMI 33.1
A/P: calciphylaxis LLQ, pain crisis, no evidence of superinfection. Hydromorphone PO renal dosing, 5d supply, PMP checked. Keep wound clinic appt Tues.
RETURN IF: fever, spreading redness, pus, new black spots, confusion from pain meds.
"""),
]}

F02 = {"patient_id": "F02", "age": 74, "sex": "F", "notes": [
("2022-01-20", "Urgent Care Visit", """
QuickCare Urgent Care - Elm St
Chief complaint: R knee "frostbite"?
Vitals: BP 142/76, P 80, RR 16, T 98.1F, O2 98%, pain 7/10. Ht 160 cm Wt 76.8 kg (BMI 30.0)
HPI: 74yo F c/o dark painful patch on inside of R knee that showed up 3 weeks ago. hx OA R knee, has been icing it every evening since Thanksgiving using a blue gel ice pack inside a kitchen towel, for 30-40 minutes a go, sometimes dozes off w/ it on. Patch started pinkish-purple, now has a black scab. Hurts at night. No fall.
PMH: ESRD on PD (nightly cycler), HTN, gout, hypothyroid. No diabetes. Not on blood thinners.
Exam: R medial knee 4x3 cm dusky violaceous patch, 1 cm black crust centrally, firm, very tender; mottled lacy border. Knee ROM full, no effusion. L knee nl.
Assessment: cold injury R knee vs early cellulitis
Plan: stop ice. doxycycline 100 bid x7d. Tylenol. Follow up PCP 1 wk. Told to go to the ER for fever, spreading, or if the black area gets bigger.
"""),
("2022-01-27", "ED Physician Note", """
ED ATTENDING NOTE
74 y/o woman w/ ESRD on CCPD, sent from PCP office for enlarging necrotic R knee wound despite 7d doxy (UC dx cold injury vs cellulitis 1/20).
HPI per pt and son: began about 12/30/21 as a purple blotch right where she's been putting an ice pack nightly since Thanksgiving for arthritis pain. Now black and larger, pain 10/10, can't bear a sheet on it. No fever.
Exam: T 37.0 HR 91 BP 150/70
R medial knee: 6x4 cm adherent black eschar, surrounding retiform violaceous purpura + livedo extending onto medial thigh/proximal calf, indurated, exquisitely tender. No drainage or crepitus. Joint not warm, no effusion.
Labs: Ca x Phos 68, PTH 612, albumin 2.9, WBC 8.1
MDM: necrotic retiform lesion on a PD pt w/ chronic cold pack exposure at that same spot. Cold injury would not keep progressing 4 wks after stopping ice. Leading dx calciphylaxis; derm in ED did 2 deep punch bx from edge.
Dispo: obs. Nephro to see re: STS w/ PD. BMI 30.0.
"""),
("2022-02-18", "ED Revisit Note", """
ED - return visit
74F w/ biopsy-confirmed calciphylaxis of R medial knee (path 1/27: medial calcification of small subQ arterioles, von Kossa +), on IV sodium thiosulfate via PD unit.
Presents after 2 days of yellow drainage from the knee wound + foul smell.
VS T 38.1 HR 104 BP 128/64
Knee: eschar partly lifted at inferior edge, purulent drainage, 3 cm cellulitic spread. Bedside US no joint effusion.
Imp: superinfected calciphylaxis wound R knee.
Plan: cultures, vanc (PD dosed) + cefepime, surgery consult for debridement, admit.
"""),
]}

F03 = {"patient_id": "F03", "age": 55, "sex": "M", "notes": [
("2024-05-14", "Urgent Care Visit", """
URGENT CARE NOTE  05/14/2024
CC: rash/pain R side x 2 wks
S: 55M electrician, c/o burning pain R flank x 2 wks, thinks it's shingles like his wife had. States the new heavy-duty tool belt he started wearing at work in Feb 2024 sits right on that spot (drill holster hangs on the R), wears it 10-hr shifts. No blisters noticed. No fever.
PMH: ESRD - HD TTS, mech mitral valve on warfarin (last INR 3.1), HTN. No DM (A1c 5.4 in March).
O: BP 158/92 HR 76 T 98.6 SpO2 99%. Wt 84 kg, BMI 27.2
R flank just above the iliac crest: 5x3 cm indurated, purplish, net-like patch, mildly raised, tender. No vesicles, no dermatomal pattern.
A: R flank painful patch - doubt zoster. ?contusion from belt vs panniculitis.
P: no antivirals. Advised no heat on it for now. Leave the tool belt off until rechecked. f/u PCP. ED if turning dark or opening.
"""),
("2024-05-22", "ED Physician Note", """
ED PROVIDER NOTE  5/22/24
55 yo M HD pt p/w worsening R flank lesion (seen UC 5/14). Since then center went black, pain severe, now can't wear a belt or lie on R side.
Hx: ESRD on HD TTS (RUE AVF), mechanical MVR on warfarin, HTN, gout. No diabetes.
Exposure: daily 10+ hr wear of a loaded tool belt since Feb '24, holster pressing R flank.
PE: afebrile, HR 84. R flank: 6x4 cm necrotic eschar, violaceous retiform border, firm SC induration. L flank normal.
INR 3.4. Ca 10.1, phosphorus 6.8.
MDM: necrotic retiform plaque in HD pt on warfarin, at the site of chronic pressure from the tool belt - suspect calciphylaxis; ddx warfarin necrosis (unlikely on long-term stable warfarin), vasculitis. Derm: bedside bx done, will call w/ results. Pain control. Renal aware.
Dispo: home w/ close derm f/u, stop wearing the belt.
"""),
("2024-06-10", "ED Revisit Note", """
ED REVISIT
55M back for pain. Bx from 5/22 returned: calciphylaxis (calcium deposits in SC arteriolar walls, thrombi, panniculitis). Cardiology declined switching off warfarin given the mechanical valve, so he remains on it (INR range 2.5-3.5 for the valve). STS being given w/ HD since 5/28.
Exam: R flank eschar 6x5 cm, stable, no drainage.
Plan: oxycodone renal dose, f/u wound/derm. Return for fever, pus, bleeding (on warfarin).
"""),
]}

F04 = {"patient_id": "F04", "age": 66, "sex": "F", "notes": [
("2022-11-02", "ED Physician Note", """
EMERGENCY MEDICINE NOTE
CC: R breast pain and dark skin
HPI: 66 yo F s/p R lumpectomy + SLNB on 08/09/2022 for DCIS (declined XRT, on anastrozole). Incision healed fine by Sept per pt. Mid-October she noticed a tender hard area along the scar that went purple and then dark; now a black center and constant burning pain. No fever, no drainage, no nipple d/c.
PMH: CKD 3a (creat 1.2 / GFR 52; no dialysis), recurrent DVTs - on warfarin, today's INR 2.8, DM2 on metformin, obesity (BMI 41.3), HTN.
Exam: R breast, upper outer quadrant: healed curvilinear lumpectomy incision; centered on the scar is a violaceous 3.5x2.5 cm plaque, indurated, necrotic in its middle and retiform purpura at the margin. No fluctuance. L breast normal. Axilla no LAD.
US: no abscess, no seroma.
MDM: necrotic plaque in recent surgical scar. Ddx wound infection/fat necrosis, warfarin skin necrosis, non-uremic calciphylaxis (obese, warfarin, DM). Discussed w/ breast surgery - will see in clinic 11/8 for excisional/punch bx.
Dispo: home. Return if fever, spreading redness, or drainage.
"""),
("2022-11-30", "ED Revisit Note", """
ED NOTE
66F back w/ uncontrolled R breast pain.
Interval: bx 11/8 by breast surg: SC small vessel calcification w/ thrombosis and fat necrosis -> non-uremic calciphylaxis in the lumpectomy scar. Heme stopped warfarin 11/15, now on apixaban. Starting IV STS as outpt.
VS T 98.4 HR 88 BP 136/78. Wt 111 kg
R breast: necrotic plaque now 4x3 cm w/ adherent eschar, no drainage.
Plan: gabapentin (renal dose), tramadol PRN short course, keep surg f/u. Return for fever / pus.
"""),
]}

F05 = {"patient_id": "F05", "age": 48, "sex": "F", "notes": [
("2020-01-02", "Urgent Care Visit", """
Urgent care - Lakeshore
CC: fall, scrape L leg
48 yo F slipped on an icy back step on New Year's Eve leaving a party, scraping her L shin against the step edge. Didn't hit head, didn't pass out. Able to walk.
PMH: DM1 (insulin pen, injects abd), ESRD on HD MWF, HTN. No anticoag.
VS 132/80, 78, 16, 36.7, 99%.
L anterior shin: 6x2 cm superficial abrasion, some dried blood, no FB, small surrounding bruise. No bony tenderness.
Tx: irrigated, bacitracin, nonadherent dressing. Tdap given L deltoid.
Dispo: home. wound care reviewed; return if red streaks/pus/fever.
"""),
("2020-01-22", "ED Physician Note", """
ED PHYSICIAN NOTE
48F ESRD on HD, DM1, p/w severe L leg pain. Pt states the scrape from her NYE fall (12/31/19) was healing, but since 1/13 a purple painful ring came up around it and the middle went black. Pain 10/10, worse w/ dressing changes. Felt feverish once.
PE: T 37.6, HR 96. L anterior shin: 5x5 cm necrotic ulcer w/ black base, located exactly where the prior abrasion was, surrounding stellate livedo/violaceous induration. Pedal pulses palp. R leg normal.
Labs: WBC 11.2, Phos 6.2, Ca 9.6.
Ddx: cellulitis of traumatic wound, pyoderma gangrenosum, calciphylaxis (HD pt w/ trauma at the site).
Plan: vanc x1, derm consult -> 2 punch bx of edge obtained in ED. Renal aware. Admit obs for pain + abx.
BMI 22.4
"""),
("2020-02-14", "ED Revisit Note", """
ED RETURN VISIT 2/14/20
48F with calciphylaxis of the L shin, biopsy-proven (dx 1/24; bx showed calcified SC vessels and thrombi) presents for bleeding from the wound after dressing change.
On STS 3x/wk w/ HD.
L shin ulcer 5.5x5 cm, oozing from edge, controlled w/ pressure + surgicel. No infection signs.
A/P: minor wound bleeding, controlled. Dressing supplies given. Keep wound clinic appt. Return for bleeding that won't stop, fever, new lesions.
"""),
]}

F06 = {"patient_id": "F06", "age": 70, "sex": "M", "notes": [
("2021-03-29", "ED Physician Note", """
ED PROVIDER NOTE
CC: "boil" L buttock
HPI: 70M ESRD on PD, anemia of CKD. Says a painful lump came up on his L buttock in mid-March, getting harder and darker. Points to the upper outer L buttock, "right where they gave me the iron shot". Per PD clinic records he received IM iron dextran (Z-track) to the L gluteal region on 03/02/2021. Pain 8/10, can't sit on it. No fevers. No injury otherwise.
PMH: ESRD on PD since 2019, HTN, prediabetes - A1c 6.1, untreated, BPH. Not on warfarin.
VS: BP 146/82 HR 90 T 37.2 SpO2 96%. Wt 102 kg, BMI 33.5.
Exam: upper outer quadrant of the L buttock: 6x5 cm plaque - violaceous, indurated - w/ a 2 cm black eschar centrally, retiform edges, very tender. No fluctuance. Bedside US: no fluid pocket. R buttock normal.
MDM: not an abscess on US. Necrotic retiform plaque at IM injection site in PD pt -> calciphylaxis favored over abscess or injection-site necrosis. Renal + derm consulted.
Dispo: admit.
"""),
("2021-04-20", "ED Revisit Note", """
ED NOTE - RETURN
70 y/o M, admitted 3/29-4/9 for L buttock calciphylaxis (punch bx 3/31 confirmed: calcified subQ arterioles, thrombosis). During admission transitioned from PD to in-center HD (new R IJ tunneled line), now HD MWF + STS.
Presents w/ pain, cannot sit for HD runs.
L buttock: eschar 6x6 cm, dry, no pus.
Wt 99.5 kg, BMI 32.8.
Plan: pain regimen adjusted, air cushion, renal + palliative f/u. Return for fever or drainage.
"""),
]}

F07 = {"patient_id": "F07", "age": 59, "sex": "F", "notes": [
("2025-01-06", "Urgent Care Visit", """
URGENT CARE - ProntoMed
Reason for visit: sores on low back
59yo F c/o 2 painful sores on lower back that started on Christmas Eve. Has chronic lumbar pain, lies on an electric heating pad set to high across her lower back most nights since the fall, often sleeps on it.
PMH: ESRD on HD (TTS), DM2, insulin-requiring (Basaglar + Humalog), HTN, obesity. No warfarin.
VS BP 170/88, HR 82, T 98.0, SpO2 97%. BMI 36.2
Skin: low back, one on each side of the lumbar spine: 4x3 cm (L) and 3x3 cm (R) dusky red-purple patches w/ central blistering/dark crust, reticulated brown mottling around both.
A: partial thickness thermal burns vs pressure injury, bilat low back.
P: silver sulfadiazine, stop heating pad, f/u PCP/wound clinic. ED if signs of infection.
"""),
("2025-01-15", "ED Physician Note", """
ED ATTENDING NOTE 01/15/2025
59F on HD, insulin-treated DM2, obese, seen at UC 1/6 for "burns" bilat low back from heating pad. Now much worse, pain 10/10, not sleeping.
Exam: bilateral lower back: L 6x5 cm and R 5x4 cm black necrotic eschars w/ surrounding retiform violaceous purpura, stony induration, tender out of proportion. No drainage.
Labs: Phos 7.4, Ca 10.3, PTH 980, Alb 3.0.
MDM: lesions began 12/24 where she has used a heating pad on high for months. Burns should be healing by now; progression + retiform purpura + HD -> calciphylaxis. Spoke w/ derm (tele) and nephrology: clinical diagnosis of calciphylaxis; no bx for now given risk the bx site won't heal. Start STS w/ HD, stop Ca-based binder.
BMI 36.2. Dispo: admit.
"""),
("2025-02-20", "ED Revisit Note", """
ED VISIT - revisit
59 y/o F known calciphylaxis of bilateral lower back (clinical dx, no biopsy) on STS, here for pain and poor sleep. Husband got rid of heating pad.
Wounds: L 6x6 cm, R 5x4 cm eschars, dry, edges w/ early granulation, no purulence.
Wt 94.0 kg, BMI 35.8
Plan: pain meds adjusted, pall care referral, wound care. Return if fever/chills/drainage/confusion.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
