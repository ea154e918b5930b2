"""probe242 corpus notes, V01-V07 (diabetes educator visits and the clinics around them; all
invented)."""

V01 = {"patient_id": "V01", "age": 67, "sex": "F", "notes": [
("2022-03-04", "CDE Visit - Insulin Start", """
DIABETES EDUCATION - INSULIN START (CDCES)
Harrowgate Kidney & Diabetes Center, rm 4

67 y/o F, T2DM x 14 yrs, ESRD - centre HD three mornings a week (Tu, Th, Sa) (R
brachiocephalic fistula).
A1c 9.6% (drawn 2/18/22). Few oral options left on dialysis; nephrology and PCP agree on
basal insulin. Other meds: warfarin (AF), sevelamer, linagliptin 5 mg.
Weighed 88.0 kg today (BMI 33.1).

Taught: pen priming w/ a 2-unit air shot, 4 mm 32G pen needles, count to 10 before
withdrawing, sharps jar. Basaglar KwikPen 10 units qHS started today 3/4/2022 - first dose
self-injected here into the L lower abdomen, technique fine. Right-handed; finds her L
belly "stings less" than the R.
Rotation map shown (4 quadrants, a finger-width between shots); she seemed reluctant to use
the right side.
Lows: sx + rule of 15 reviewed, glucagon Rx sent.
F/u ~5 wks. Self-titration: add 2 u q3 days until AM sugars sit 100-150.
"""),
("2022-04-12", "CDE Telephone Follow-up", """
CDE phone f/u -- insulin titration

Reached pt at home. Now on Basaglar 16u at bedtime. Meter upload via portal: fasting 118-176,
two lows logged (62 mg/dL on 4/2 and 58 on 4/9, both the morning after HD), treated w/
4 glucose tabs and rechecked >100.
Injection sites: admits every dose so far has gone into the same patch down and to the L
of her belly button "because it's easy to reach". Asked her to look in the mirror while on
the phone - no bruising, no lumps, no colour change per pt.
Re-educated on rotaton; she agreed to start using the R side this week.
Plan: 14u on nights before HD days, 16u other nights. In-person visit 5/24.
"""),
("2022-05-20", "Nephrology HD Rounding Note", """
HD ROUNDS - chair 11 - Dr. P. Okonkwo-Reyes

S: severe pain L lower belly, noticed a dark patch there 3 weeks ago which keeps
spreading. Not sleeping. Pain meds not helping.
O: BP 152/80, afebrile. L lower abdomen, just below + lateral to the umbilicus: dusky violet
hard plaque roughly 5 by 4, black crust at its heart, lacy livedo at its margin; she pulls
away from light touch. This is the area she uses for her nightly insulin.
Tuesday labs: iPTH 812, Ca 9.4, phosphate 7.1 (high).
A: suspect calciphylaxis, sitting right on her insulin spot. Risks: ESRD, warfarin, obesity
(BMI 32.6), poor phos control.
P: urgent derm for bx. Warfarin -> apixaban per cards. Na thiosulfate 25g after each run
once bx done. Tighten binder. CDE asked to relocate her glargine to the thighs.
"""),
("2022-06-02", "Dermatology Consult", """
DERMATOLOGY - results visit

Path (punch, 24 May 2022, L lower abdomen): subcutis shows calcified walls in
its small vessels, several lumens thrombosed, fat necrosis. Read as calciphylaxis.
HPI: onset late April; arose at her glargine injection site, which she had used
exclusively since starting insulin in March.
Exam: now 6x5cm; eschar firmly stuck; rim of retiform purpura.
R side of abdomen, thighs and breasts clear.
Dx: calciphylaxis (biopsy-confirmed) - L lower abdominal wall, at insulin injection sites.
Plan: calcium alginate + gauze held by an abdominal binder instead of tape; STS continues;
pain service consult. Insulin now goes into the thighs per CDE, well away from the wound.
"""),
]}

V02 = {"patient_id": "V02", "age": 59, "sex": "M", "notes": [
("2023-11-07", "Diabetes Education Centre - CDE Visit", """
DIABETES EDUCATION CENTRE -- Certified Diabetes Educator (RN)

59 M, T2DM since 2008 on basal-bolus (Lantus 24 u HS, Humalog 6-8 u w/ meals). ESRD;
home cycler PD every night since 2021. No anticoagulants, never had warfarin.
Libre 2, 14 d: TIR 58 %, TBR 3 %, GMI 7.6 %. Two lows <3.9 mmol/L after skipped lunch.
Painful neuropathy, both feet and shins. He tells me that since mid-October his L calf has spent
every night wrapped in an electric heat pad on its top setting; most nights he is
asleep before he remembers to unplug it - "the only way I get any sleep, honestly".
Monofilament absent below mid-shin bilat.
Skin of the L calf today: intact, no redness.
Counselled: with numb skin and kidney failure the heat can injure the skin - asked him to
stop the pad; will ask MD re: duloxetine.
Insulin sites (abdomen) OK. 84 kg on clinic scale; BMI 27.9.
"""),
("2023-12-19", "Peritoneal Dialysis Clinic - Nephrology", """
PD CLINIC
59M, CCPD; weekly Kt/V last month 1.9; peritonitis-free.
New problem: excruciating sore behind the L calf - 2 weeks ago it was just a purple
blotch, now blackened in its middle. He owns up to having kept the pad on that calf
nightly until last week.
O/E L calf, posterior, mid: ulcer 3.0x2.5, eschar black, halo of violaceous livedo;
DP/PT pulses felt.
Differential: calciphylaxis versus a full-thickness heat burn.
Bloods - Ca(adj) 2.41, PO4 2.30, PTH 95 (all SI units).
Plan: derm bx this week; heating pad goes in the bin, he agrees; analgesia reviewed with
renal dosing.
"""),
("2024-01-09", "Dermatology Wound Clinic", """
Derm wound clinic - f/u

Bx L calf 28/12/2023 reported: calcified media in small subcutaneous vessels, intimal
proliferation, thrombus, necrotic fat. Fits calciphylaxis; nothing to suggest burn injury.
Assessment: calciphylaxis, back of L calf, arising where he applied a heating pad
nightly from mid-Oct 2023; ulcer onset early December.
Wound measures 3.5x3cm today, eschar dry, no cellulitis. Edges debrided lightly.
Plan: sodium thiosulfate thrice weekly, nephrology arranging; moist dressing; pain plan per
palliative.
BMI 27.6. He is sleeping better on the new regimen. Return in 2 wks.
"""),
]}

V03 = {"patient_id": "V03", "age": 48, "sex": "F", "notes": [
("2021-06-15", "Insulin Pump Clinic - CDCES", """
INSULIN PUMP CLINIC -- CDCES visit

48 F, T1DM dx age 11, t:slim X2 w/ Control-IQ + Dexcom G6. ESRD (diabetic nephropathy),
HD started Jan 2021, Mon/Wed/Fri.
Other hx: 2014 DVT, on warfarin half a year, nothing since.
Download 14 d: TIR 71%, <70 mg/dL 2%, mean sensor glucose 162. Basal 0.55-0.8 u/h, ICR 1:10.
Pump wear: since HD began in January her pump lives in a tight neoprene runner's belt
cinched at the waist, pouch over the R flank, day and night -- the clip kept
falling off in the dialysis chair.
Sites: Autosoft XC sets, abdomen L/R, changed q3d; G6 on back of L arm. Skin intact at all
sites; faint pink line at the belt edge only.
BMI 31.4.
Plan: overnight basal -10%; try a pocket or bra clip to give the flank a rest.
"""),
("2021-08-30", "Hemodialysis Progress Note", """
HD unit - nephrology progress note

Pt describes a bruise-like burning patch on her R side "right where the pump belt sits",
first seen on 08/16/21 and more painful every day; still wearing the belt.
Exam: R flank, midaxillary line at the level of the belt: 6x3 cm band of retiform purpura,
little dusky zone in the middle, very tender. No other skin findings.
Phos 6.8, Ca x P 63. On cinacalcet.
A/P: ?calciphylaxis of the flank. Derm asked to bx this wk. Asked pt to stop using the belt.
Sodium thiosulfate to be discussed once path is back.
"""),
("2021-09-14", "Dermatology Consult", """
DERMATOLOGY

Referred for R flank lesion. Incisional bx 9/3/21: calciphylaxis (vascular calcification,
thrombosis, septal panniculitis).
Exam: R flank purpura (retiform) measures 7x3.5 cm; 1 cm of central necrosis has appeared.
It lies exactly under the band of her pump belt, which she wore tightly there from early 2021 onward.
Dx: calciphylaxis (R flank) where a belt pressed for months.
Plan: thiosulfate on HD; hydrocolloid; pump now clipped to her bra - no belts or tight
waistbands. Wt 86.3 kg. Pt asked about a pouch for the pump; CDE to advise.
"""),
]}

V04 = {"patient_id": "V04", "age": 72, "sex": "M", "notes": [
("2019-02-15", "Inpatient Diabetes Educator Consult", """
INPATIENT DIABETES EDUCATOR CONSULT -- 6 West, St. Aldric Memorial

72M w/ T2DM (glipizide only until now), ESRD, dialysing through a R forearm fistula 
("no sticks R arm" band on). Adm 2/10/19 w/ HHS, BG 912 on arrival.
Insulin drip ran 2/10-2/12 through a 20G peripheral IV in the L volar forearm, placed in
the ED on 02/10/2019; IV pulled 2/14 after the site became tender and red.
Now glargine 12 u daily + lispro 3 u AC. Brand new to insulin.
Education: pen use w/ teach-back, 4 mm needles, abdomen/thigh sites, sharps, hypo tx w/
glucose gel, sick-day rules. Wife will help (his vision is poor).
Wt 78.5 kg. Anticoagulation: none.
D/c plan: pens + meter supplied, CDE clinic in 4-6 wks.
"""),
("2019-03-26", "CDE Outpatient Visit", """
CDE clinic -- post-discharge insulin f/u

Meter log: FBG 130-190, pre-supper 150-220; nothing under 70. Wife gives the lispro, he gives
the glargine into the abdomen, roatating well.
He is more worried about his arm: a dark, agonising spot on his inner L forearm
"where the hospital IV was", since 1 March; it has a black scab now. Rates it 9/10 and won't
let a sleeve touch it.
Seen: ~2 cm violaceous area w/ central black crust, L volar forearm, middle third. No fever.
Called nephrology -> seen today in the HD unit by Dr. Vantongeren; derm appt made.
Insulin: glargine up to 14 u. Wt 77.9 kg.
"""),
("2019-04-09", "Dermatology Note", """
DERMATOLOGY NOTE
Reason: L forearm ulcer in HD pt.
Path from punch bx 3/29/19: calcific uremic arteriolopathy -- arteriolar calcium in deep
dermis/subcutis plus microthrombi.
HPI: began early March 2019 exactly where a peripheral IV sat from 2/10 during his HHS
stay.
Exam: 3 x 2 cm stellate necrotic ulcer, L volar forearm, livedo around it. R forearm AVF
with good thrill, overlying skin intact.
Dx: calciphylaxis L forearm at the prior IV site (koebnerization).
Plan: STS per nephrology, gentle wound care w/ no tape on the arm; keep BP cuffs and
IVs off the L arm where possible; f/u 3 wks.
"""),
]}

V05 = {"patient_id": "V05", "age": 41, "sex": "F", "notes": [
("2025-01-14", "Pump/CGM Clinic - CDE", """
PUMP / CGM CLINIC - CDE (RD, CDCES)

41F, T1DM since age 9, MiniMed 780G + Guardian 4. Kidneys: ESRD (DM nephropathy) managed
with CAPD, four manual exchanges daily. Never anticoagulated.
SmartGuard 88% of the time, TIR 64%, TBR 4% (mostly 3-5 am). A1c 7.8.
Sets: Mio Advance in the abdomen, rotated clockwise around the PD catheter exit, kept
5 cm clear of it. Sites healthy.
Tubing: since Thanksgiving she has taped the tubing loop to her L anterior thigh with a strip
of Hypafix every morning so it won't snag on the PD bags, and rips the old strip off daily.
Skin under the tape slightly pink, intact.
Offered a tubing clip instead; she prefers to keep taping "for now".
Active insulin time 3 h -> 2.5 h. BMI 24.0.
"""),
("2025-02-25", "PD Clinic - Nephrology", """
PD CLINIC
41F on CAPD, clearances adequate, no peritonitis.
New: tender hard area on her L thigh (front), which started on 9 Feb as a mottled
purplish patch and is now a firm plaque, grey-black centrally. Same spot where she tapes her
pump tubing.
Exam: L anterior thigh: violaceous, indurated, 4x3 cm, dusky necrotic middle, livedo
surrounding; rectangle of hyperpigmentation from the tape.
Phos 6.5, corrected Ca 10.1, iPTH 565.
Impression: ?calciphylaxis. Derm urgently. Stop taping there; CDE to find another
way to secure the tubing.
"""),
("2025-03-06", "Dermatology - Biopsy Result", """
DERMATOLOGY -- biopsy result visit

Specimens 27-Feb-2025 (6-mm punch plus deep incisional, L anterior thigh): calciphylaxis
(stippled calcium in subcutaneous arteriole walls, clot, fat necrosis).
HPI gone over with pt: lesion appeared early Feb inside the very rectangle where Hypafix tape
had been stuck on and stripped off daily since late November.
Dx: calciphylaxis L thigh, Koebner-type, at an adhesive tape site.
Skin elsewhere unremarkable, including set sites and PD exit.
Plan: STS with nephrology; foam dressing held by tubular bandage (no adhesive); pain
mgmt; recheck 2 wks.
"""),
("2025-04-01", "CDE Follow-up", """
CDE f/u

Tubing now held by a clip on her waistband - no more tape on the skin. Sets still in the
abdomen, sites clean.
Thigh wound dressed by the PD nurse, pain 4/10.
Lows: 3 episodes under 70 mg/dL overnight on STS days, lowest 56, treated with 16 g
glucose. Temp target 150 on STS nights; basal 2-4 am down 0.05 u/h.
Went over sick-day plan while the wound heals, ketone strips in date.
Wt 63.5 kg, BMI 23.8.
"""),
]}

V06 = {"patient_id": "V06", "age": 55, "sex": "M", "notes": [
("2020-09-08", "Insulin Pump Start - CDE", """
INSULIN PUMP START -- Omnipod 5 w/ Dexcom G6

55 M, T2DM on MDI (Toujeo 60 u + Novolog), ESRD, dialysis 3x weekly (M-W-F). Mechanical AVR
2016 -> on warfarin; his INR target is the valve range (2.5 - 3.5).
Lows frequent on HD days (log: 9 readings <70 in 30 days).
Pod start today 9/8/2020: basal 1.2 u/h, ICR 1:6, ISF 40. First pod went on the upper-outer
R buttock (wants it off his belly, which is scarred and rubbery from 8 yrs of pens);
cannula inserted w/o problems.
Taught: pod change q72h, rotate R/L upper buttock and backs of arms, daily site checks,
what to do with an occlusion alarm.
Ht 178 cm, wt 114.7 kg, BMI 36.2.
"""),
("2020-11-03", "Omnipod Follow-up - CDE", """
OMNIPOD F/U

Automated mode 93%. TIR 69%, TBR 1%. HD-day lows much less often.
Pods only on the buttocks so far, R more than L (L side is his sleeping side).
Since October he has been cooling each new spot with frozen peas, about 5 min, before every
pod change because "the cannula sting is worse back there". Advised: if he wants numbing, a
minute at most with a cloth between, or use numbing cream instead.
Sites: faint marks at old pod spots, no induration.
BMI 35.9.
"""),
("2021-01-05", "Wound & Skin Clinic", """
WOUND & SKIN CLINIC (nephrology-dermatology)

HD pt with necrotic lesion R buttock.
Hx: mid-December he found a hard, purplish, sore spot high on the R buttock (upper-outer
part) where a recent pod had been -- the same area he iced before pod changes. Pods
have gone on his posterior arms since.
Path: deep punch 29.12.2020 -- calciphylaxis.
Exam: 5 x 5 cm retiform plaque R upper outer buttock, 2 cm black eschar; L buttock clear.
Dx: calciphylaxis, R buttock, arising at insulin pod/infusion and ice sites.
Plan: thiosulfate each dialysis; warfarin discussed w/ cardiology -- has to continue for the
mechanical valve; no more ice; pressure off the R side.
"""),
]}

V07 = {"patient_id": "V07", "age": 78, "sex": "F", "notes": [
("2023-03-14", "CDE Visit - Hypoglycemia Review", """
CDE VISIT -- hypoglycemia review

78 F, T2DM on Humulin N 18 u AM / 10 u PM, dialysis Tuesdays, Thursdays, Saturdays (ESRD).
Lives w/ daughter.
Log + meter memory: 6 values <70 in the past 2 wks. Worst 41 mg/dL at 03:10 on 3/2/23 - she
got up for the bathroom shaky, fell, and banged her R hip against the dresser corner.
ED: x-ray neg; large bruise on the R lateral hip, still purple-yellow today.
Insulin into abdomen and backs of arms, rotated; no lipohypertrophy.
Hx: AF s/p ablation 2015, warfarin stopped after that; aspirin only now.
Wt 54 kg, BMI 22.5.
Plan: PM NPH cut to 6 u; bedtime snack; Libre 3 ordered for alarms; nasal glucagon
for the daughter.
"""),
("2023-04-18", "HD Nephrology Note", """
HD note

Daughter points out a new purple, hard, terribly sore patch of skin at the R lateral hip, over the
spot bruised in last month's fall; started about 10 days ago, dark centre now.
Exam: R lateral hip near the trochanter, 4x4 cm firm violaceous plaque,
central necrosis, livedo rim. The old bruise has otherwise faded.
Pain 8/10, now using a walker at home because weight-bearing on the R side hurts.
PTH 1040, PO4 6.2, Ca 9.9. Not on warfarin (stopped 2015).
A: calciphylaxis suspected.
Plan: derm bx this week; STS to start after bx; calcium acetate out, sevelamer
in; ask CDE to recheck her insulin doses as she is eating less.
"""),
("2023-05-02", "Dermatology Consult", """
Dermatology consult note

Deep incisional biopsy 4/21/23, R lateral hip: calciphylaxis confirmed (calcium in subcutaneous
arterioles on von Kossa, thrombosis).
The lesion developed about five weeks after a fall onto the dresser during a nighttime low,
at the bruised spot.
Exam today: R lateral hip plaque 5 x 4 cm, eschar adherent, no fluctuance, no cellulitis.
No other areas of purpura on the trunk or legs.
Dx: calciphylaxis R hip, post-traumatic (Koebner).
Plan: non-adherent dressings, STS continues, palliative care intro for pain.
CDE aware -- insulin sites stay away from the hip.
"""),
]}

PATIENTS = [V01, V02, V03, V04, V05, V06, V07]
