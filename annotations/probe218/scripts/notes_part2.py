"""probe218 corpus notes, B08-B14 (rapid response / code team events and the clinics around them; all invented)."""

B08 = {"patient_id": "B08", "age": 68, "sex": "F", "notes": [
("2025-02-03", "Rapid Response Team Event Note", """
RRT event note - 02/03/2025 22:47 - 9 South rm 914
Called for: HR 168 narrow complex, palpitations, lightheaded

VS: HR 168  BP 102/70  RR 22  SpO2 95% RA  T 37.0
22:50 modified Valsalva x2 - no change
22:53 adenosine 6 mg rapid push (R antecubital PIV) - brief pause, back to 166
22:55 adenosine 12 mg -> sinus 92, sx resolved
23:05 12-lead: sinus, no acute ST change. Trop pending.

68F, ESRD (HD M-W-F, tunneled cath R chest); DM2 on insulin, obesity (BMI 31.6),
heparin-induced thrombocytopenia in 2022 -> NO heparin or enoxaparin.
VTE ppx: SCD sleeves applied to both calves tonight, to run whenever she is in bed.

Plan: tele, Mg 2 g IV, K 3.6 post-HD - renal to use 3K bath tomorrow.
Likely AVNRT; cards to see in AM re long-term therapy.
"""),
("2025-02-20", "Wound Care Note", """
WOUND CARE NOTE   2/20/25

68 y/o F, HD pt, still inpatient (slow recovery, PT for deconditioning).
Consult for "black spots back of both legs." Pt says dusky purple patches showed up behind
both calves 3 days ago, burning, and went black yesterday.

R posterior calf - 4x3cm retiform purpura, necrotic center, no drainage
L posterior calf - 5x2.5cm, similar; thin eschar forming
Skin cool to touch distally, DP signals on doppler bilat. No edema. Heels intact.
Pain 9/10, allodynia around both areas.

Impression: r/o calciphylaxis (ESRD, DM, obesity) vs embolic vs vasculitic process.
Plan: dry gauze + loose kerlix, no tape on skin, no debridement.
Paged primary re derm consult and biopsy; she is not on warfarin.
"""),
("2025-03-04", "Dermatology Consult", """
Dermatology 3/4/2025

Bx (2/24, L posterior calf, 6 mm deep punch): calciphylaxis. Von Kossa: calcium deposited in
subcutaneous small vessels; thrombi; no vasculitis, no emboli seen.

Exam: both posterior calf ulcers slightly larger, now with firm black eschar,
R 4.5x3cm, L 5.5x3cm. Nothing new elsewhere (thighs, abdomen, arms).

Impression: both calves - calciphylaxis, proven on bx.
Rec:
- STS 25g each HD (renal)
- keep eschar dry/intact
- pain: pregabalin 25 mg post-HD
- wound team to follow twice weekly
- insulin continues into the abdomen as before, no skin changes there
"""),
]}

B09 = {"patient_id": "B09", "age": 52, "sex": "M", "notes": [
("2018-06-14", "Code Blue Record", """
CODE BLUE  14-Jun-2018  ED resus bay 3 (boarding pt, admit to 5N)

08:02 pt slumped in stretcher, pulseless; CPR
08:03 asystole; epi 1 mg (L hand PIV)
08:05 PIV infiltrated; EZ-IO placed R proximal tibia, flushes well
08:06 epi 1 mg IO
08:09 PEA -> CPR, epi IO, CaCl 1 g IO
08:12 pulse back, ROSC; BP 84/50 on norepi via IO
08:20 K 7.2, glucose 388
08:30 R IJ trialysis cath placed by ICU fellow, CRRT started

52M: ESRD/HD, skipped his last 2 runs; insulin-treated DM2; BMI 26.0.
To MICU. Wife at bedside.
Code leader: Dr Feeney
"""),
("2018-07-20", "Dermatology Consult", """
DERM CONSULT  7/20/18

52M, ESRD, HD; DM2 (insulin); survived an arrest in June. Sore on L shin, painful, since
late June, no injury he can recall; denies bumping the L leg. No heat or ice used.

Exam:
L anterior shin - 4x3cm ulcer, black eschar, indurated livedo around it
R shin - small healed puncture mark from the June intraosseous line, pink, flat, no
induration, no lesion
Thighs, abdomen, buttocks clear.

Bx from the L shin ulcer edge (7/13): calciphylaxis.
Impression: calciphylaxis L anterior shin. The R tibial IO site is uninvolved.
Plan: STS at dialysis; wound clinic; no compression on L leg.
"""),
("2018-08-02", "Hemodialysis Progress Note", """
HD progress note 8/2/2018

Chair 6, MWF. R IJ tunneled cath (converted from the June temp line), flows ok.
Pre BP 160/92, post 140/80, UF 3.0 L. Wt 81 kg (BMI 26.0).

1. Calciphylaxis L shin (bx 7/13) - STS 25g final hour each run, week 2. Ulcer 4x3cm,
   unchanged; pain 7/10.
2. Mineral bone: Ca 9.8, P 8.1, PTH 1020 -> cinacalcet 60, sevelamer 2400 tid, diet
   teaching again. Refer for parathyroidectomy if PTH remains >800.
3. DM2 on insulin, A1c 8.4.
4. Adherence: contract reviewed, no missed runs since discharge.
"""),
]}

B10 = {"patient_id": "B10", "age": 77, "sex": "F", "notes": [
("2019-04-23", "Dermatology Consult", """
Dermatology consult  04/23/2019

77 yo woman; ESRD, PD x3 yrs, R BKA (2015, PAD), DVT on warfarin, obesity.
No diabetes.
Painful L calf wound since early April: started as a hard violet patch, now open.

Exam: L posterior calf: 5x4cm necrotic ulcer, black eschar, surrounding retiform purpura;
R stump well healed. Thighs/trunk clear.
Punch bx (4/16): calciphylaxis.

A/P: calciphylaxis L posterior calf.
- warfarin off -> apixaban (heme agrees)
- IV STS 3x/wk arranged via PD unit
- L leg: no compression, no sharp debridement
- BMI 34.0 today
"""),
("2019-05-18", "Code Blue Record", """
CODE BLUE  5/18/19  22:00  Tele 6B-04

21:58 pt found pulseless in bed by CNA; CPR started
22:00 code team; PEA ~30
22:01 epi 1 mg attempted - no IV access (R BKA, L arm vessels thrombosed)
22:05 EZ-IO into L proximal tibia - only usable site; placed well clear of the dressed
      L posterior calf ulcer; flushes
22:06 epi 1 mg IO, CPR
22:10 ROSC after 2nd epi; BP 90/52
22:15 K 6.8 -> calcium, insulin/D50 via IO
22:30 R IJ CVC placed under US by ICU
To MICU. Son updated by phone.
Recorder RN Pham
"""),
("2019-06-04", "Peritoneal Dialysis Clinic Note", """
PD clinic follow-up - June 4, 2019

Out of the ICU 5/24. Back on CCPD at home, 4 cycles, Kt/V 1.8.
Wt 88 kg, BMI 34.0. BP 132/70.

Skin: L proximal tibia IO puncture healed, flat, no erythema. L posterior calf calciphylaxis
ulcer 5x4cm, edges of eschar lifting, pain 6/10 (was 9).
No new lesions.

Plan:
- STS continues 3x/wk
- apixaban 2.5 bid continues; warfarin will not be restarted
- hyperkalemia: K binder daily, low K diet, recheck 1 wk
- ICD not indicated per cards
"""),
]}

B11 = {"patient_id": "B11", "age": 59, "sex": "M", "notes": [
("2021-09-07", "Dermatology Consult", """
DERM CONSULT 9/7/2021

59M ESRD (HD, TTS chair), DM2 on insulin - all his shots go in the belly, none elsewhere. Overweight.
Painful lump in the inner R thigh since mid-August; now purple, black in the middle.
Denies shots, heat or injury to that thigh.

Exam: R medial thigh - a firm violaceous plaque, 6x5cm, with 2cm eschar in the middle and
livedo around it. Abdomen: injection sites normal, no nodules. L thigh clear.

A: suspected calciphylaxis, R medial thigh.
P: two 4-mm punches from the margin today. Path to derm-path, rush.
Wound RN to see after bx.
"""),
("2021-09-28", "Wound Care Procedure Note", """
Wound care - bedside procedure 9/28/21, 14:30

Bx 9/7 result: calciphylaxis.
Indication: R medial thigh calciphylaxis wound, eschar now boggy with slough.
Consent signed. Lidocaine 1% topical gel, 20 min.
Selective sharp debridement (curette, forceps) of devitalized tissue down to bleeding
subcutis; 6.5x5.5x0.6cm after. Minor oozing stopped with AgNO3 sticks + pressure.
Dressing: calcium alginate, then bordered foam, paper tape.
Tolerated well, pain 5/10 during.
Plan: dressing change daily, reassess 10/1. Pre-medicate with oxycodone 30 min before.
BMI 29.9 (overweight), weight 97 kg. Pt and sister taught to watch for strike-through.
"""),
("2021-09-29", "Rapid Response Team Note", """
RRT 09/29/2021 03:10 - 7 West 731
Reason: bleeding through dressing R thigh, HR 124

03:10 RN: saturated dressing x2 since 01:00. BP 94/58 HR 124 RR 20 SpO2 98% RA
03:13 dressing removed: brisk oozing from the debrided calciphylaxis wound bed, R medial thigh
03:15 direct pressure 15 min, then hemostatic gauze, pressure dressing
03:20 Hgb 6.9 (from 8.8), plt 142, INR 1.1
03:35 1 unit PRBC ordered (HD pt - slow, with next run)
03:50 bleeding controlled, HR 102

Not on any anticoagulant; heparin avoided with HD tonight.
Plan: wound RN in AM, surgery aware, hold further debridement.
"""),
]}

B12 = {"patient_id": "B12", "age": 64, "sex": "F", "notes": [
("2023-10-08", "Code Blue Record", """
CODE BLUE RECORD - Oct 8, 2023 - SICU 12 (post-op day 2, lap sigmoid colectomy)

04:11 bradycardic to 30, then pulseless. CPR.
04:12 PEA; epi 1 mg via PICC (L arm) - PICC occluded, won't flush
04:14 epi via ETT not used. Ortho-IO kit unavailable at bedside.
04:16 R femoral venous catheter placed by ICU fellow, landmark technique, blood return ok
04:17 epi 1 mg, CaCl 1 g
04:20 ROSC, sinus 88, BP 100/60
04:30 K 6.6, pH 7.12

64F, ESRD on HD MWF, obese. Not diabetic. No anticoagulant at home.
Plan: keep femoral line until new access, urgent HD via it.
"""),
("2023-10-12", "ICU Progress Note", """
SICU progress 10/12/23

POD 6 colectomy, day 4 after PEA arrest. Neuro intact. Extubated 10/10.
Lines: R femoral CVC removed today after R IJ tunneled HD cath placed by IR; groin site
clean, no hematoma. PICC L arm replaced.
Skin: midline incision healing, staples in. No pressure injuries. R thigh and groin look fine.
Weight 104 kg (BMI 38.3). Tmax 37.4, off pressors since 10/9.
WBC 11.2 Hgb 8.7, K 4.8, lactate normalized.

A/P
- ESRD: HD tomorrow via new R IJ cath, UF 2 L as tolerated
- post-op: advance to soft diet, ambulate with PT twice daily
- arrest: attributed to hyperkalemia + vagal; echo EF 55%, no further w/u per cards
- transfer to surgical floor this afternoon, tele x 24 h
"""),
("2023-11-21", "Dermatology Consult", """
Derm consult  11/21/2023 (readmit for poor intake)

64F, ESRD on HD, obese. Painful red-purple plaque, anterior R thigh, began about
2 weeks ago, now with a dark center.

Exam: R anterior mid-thigh, well below the groin fold (~15 cm down): 6x5cm indurated
plaque, retiform border, central 1.5 cm eschar. R groin at the old femoral line site: healed, a faint
scar, no induration, no lesion. Midline abdominal scar healed.

A: R anterior thigh - concerning for calciphylaxis; lesion is in the thigh, not at the
groin line site.
P: deep punch bx today, labs for Ca/P/PTH.
"""),
("2023-12-01", "Nephrology Progress Note", """
Nephrology 12/1/23

Bx 11/21 R ant thigh = calciphylaxis (medial calcific deposits, thrombosis, fat necrosis).

Assessment: bx-proven calciphylaxis of R anterior thigh; HD M/W/F through R IJ tunneled cath.
Ca 10.3, Phos 6.6, PTH 790, albumin 2.9.
BMI 38.3. Pre-HD BP 146/80. Thigh pain 7/10, worse overnight, limits walking.

Plan:
- STS 25g IV every session x12 wk; watch for anion-gap acidosis
- calcium-free binder (sevelamer), cinacalcet start, stop calcitriol
- wound clinic weekly; keep the eschar dry, no enzymatic debriders
- palliative care for symptom support, pt agrees
- nutrition consult, protein target 1.2 g/kg/day
"""),
]}

B13 = {"patient_id": "B13", "age": 70, "sex": "M", "notes": [
("2026-01-06", "Nephrology Clinic Note", """
Nephrology clinic 01/06/2026

Pt is a 70M with ESRD (HD, L arm AVF); type 2 DM on linagliptin alone, has never needed
insulin; paroxysmal AF.
Bx 12/30/25 from L calf: calciphylaxis. Lesions on both calves since around Thanksgiving.
He denies falling, bumping, scratching or getting shots in the legs, and says no
heating pad or ice was ever used there.

Exam: bilat posterolateral calves, multiple 2-4 cm violaceous plaques with eschar.
BMI 25.1.

Plan:
- thiosulfate 25g w/ HD
- warfarin was being considered for AF; it will NOT be started given calciphylaxis -
  cards to discuss apixaban vs none
- advised: keep ice and heat away from his legs; no compression wraps
"""),
("2026-01-15", "Rapid Response Team Note", """
RRT 1/15/26 11:40 - 4 North 416
Called for: BP 74/40 after HD, confused

VS: BP 74/40, HR 110 irreg, RR 22, SpO2 92% RA, T 38.4
11:42 PIV attempt x2 L forearm - failed (small veins, AVF arm excluded after 1st stick)
11:45 IO in tibia discussed - AVOIDED given calciphylaxis of both calves; not placed
11:48 US-guided R external jugular PIV obtained
11:50 NS 500 mL, cultures x2, vanc + cefepime
12:10 BP 98/56, more alert

Imp: possible sepsis (source ? wounds vs line), AF w/ RVR
Plan: ICU eval, lactate 3.1, wound check by surgery
"""),
("2026-01-22", "Wound Care Note", """
Wound RN 1/22/26

Both calves: calciphylaxis ulcers - R posterolateral calf 3 plaques (largest 4 x 3 cm),
L posterolateral calf 2 plaques (largest 3.5 x 3 cm). Eschars dry, no purulence. Cultures from
1/15 grew skin flora only.

Care: gentle cleanse with saline, xeroform, dry gauze, light kerlix; no tape to skin.
If new lesions appear, notify derm.
Teaching: avoid heating pad, ice, compression stockings.
Pt asked about fall risk; PT eval ordered. Wife present and doing the home dressings well.
Dressing change hurts 6/10.
"""),
]}

B14 = {"patient_id": "B14", "age": 45, "sex": "F", "notes": [
("2022-08-15", "Code Blue Record", """
CODE BLUE  08/15/22  16:22  Dialysis unit, inpt chair 3

16:22 pt slumps forward off the recliner during HD, lands on L side; pulseless VT on monitor
16:23 CPR, HD stopped, blood returned
16:23 pads anterior-lateral, 200 J
16:25 VT -> 200 J, amiodarone 300
16:27 VF -> 200 J; epi 1 mg
16:29 200 J -> sinus, pulse; ROSC
16:35 BP 110/68, awake, following commands
Injury from fall: 4 cm skin tear L forearm, steri-strips.

45F ESRD/HD, insulin-dependent DM2, obese, known calciphylaxis of the pannus (dx June 2022).
To CCU.
"""),
("2022-08-17", "Dermatology Consult", """
Derm consult - CCU - 8/17/22

Asked to look at "new chest blisters" after the 8/15 code with 4 shocks.

Chest: R upper chest and L lateral chest, sharply marginated erythema in the shape of the pads,
few tense blisters - superficial partial thickness burns from the defib pads, NOT calciphylaxis.
L forearm - tear from the fall; edges together, healing; also not calciphylaxis.
Lower abdomen/pannus: known calciphylaxis (bx June 2022) - 10 x 6 cm eschar with retiform
border, unchanged from photos in July. No injections there; insulin into thighs, thighs clear.

Plan: burn care - silver sulfadiazine bid to pad burns; forearm: petrolatum + nonadherent;
pannus per wound team.
"""),
("2022-09-06", "Wound Clinic Note", """
Wound clinic 9/6/2022

45 y/o F, HD TTS, DM2 on insulin, obesity (wt 112 kg today).
Pannus: calciphylaxis wound 10x6.5cm, eschar lifting at its lower edge, no odor.
Chest pad burns healed, slight hyperpigmentation only. L forearm skin tear closed.

Care: pannus - cadexomer iodine to the edge, abd pad, lift pannus with a soft band.
Sodium thiosulfate continues with HD, now week 9; tolerating apart from nausea on run days.
Pain 5/10 on current regimen (gabapentin 100 post-HD, oxycodone 5 prn).
Showering allowed; pat the pannus dry, no powders.
RTC 2 weeks, sooner if fever or foul drainage.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
