"""probe171 corpus notes, C08-C14 (social work, chaplaincy, care coordination and the clinics
around them; every person, place and sentence invented)."""

C08 = {"patient_id": "C08", "age": 46, "sex": "M", "notes": [
("2025-09-01", "ED Provider Note", """
EMERGENCY DEPT - Northgate Community Hospital
Holiday staffing; seen in fast track.

CC: "boil on my leg"
HPI: 46 yo M, ESRD, dialysis Mon/Wed/Fri (came from dialysis, holiday schedule
moved his run
to 0500), DM2 (linagliptin tab, never been on insulin), HTN, obesity. x5 days a sore,
enlarging swelling on his R anterior thigh. Subjective chills last night. No prior
MRSA he knows of.

VS: T 37.9  P 97  BP 171/98  O2 sat 98%  109 kg (BMI 36.0)

Exam: R anterior mid-thigh: fluctuant red warm abscess about 4x3 cm, rim of
cellulitis 2 cm beyond it (marked w/ pen). No crepitus. Inguinal nodes not enlarged.

Procedure: I&D. Verbal consent. Chlorhexidine prep, local anesthesia,
1.5 cm linear incision, ~8 mL purulent fluid expressed, loculations broken up,
packed w/ 1/4" iodoform strip, dry dressing. Culture sent. EBL minimal. Tolerated
well.

Dispo: doxycycline 100 twice daily for a week; pull packing in 2 days at PCP or here;
return precautions reviewed. Culture results will be called.
"""),
("2025-09-16", "Dialysis Social Work Note", """
SOCIAL WORK - Ridgeway Dialysis, chairside, 25 min

Pt asked to see SW about housing. He rents a room in a rooming house on Fenner St.
Landlord selling the building; pt received a 30 day notice to vacate on 9/10.
Income SSDI $1,214/mo. No savings.

Also mentions "the boil they cut open on Labor Day" on his right thigh is closing
up; his neighbor helped him change the gauze, and the culture came back MRSA.
Finshed the antibiotic. Wants to make sure he can keep clean dressings if he
moves to a shelter.

Interventions:
- placed on waitlists: county housing authority, Fenner Senior & Disabled (he
  qualifies as disabled), two SRO buildings
- called 211 w/ pt for emergency rental deposit assistance; appt 9/19
- gave a small supply of gauze and tape from the unit w/ charge RN approval
- updated emergency contact (brother, Lamont)

Pt is worried but engaged. PHQ-2 = 2.
Plan: SW follow up Fri; letter to landlord re disability accommodation if needed.
"""),
("2025-10-21", "Dermatology Consult", """
DERMATOLOGY - outpatient consult

Ref: nephrology (Dr. Szabo) - "painful black thigh lesion, r/o calciphylaxis"

46M, ESRD on hemodialysis, DM2 (linagliptin), HTN. BMI 36.0 per nephrology note.
On 10/06/25 he first saw a very tender dusky area, R anterior thigh, which
blackened over 2 wks. Pain keeps him from sleeping; pain meds do little.

Exam: R anterior thigh: black eschar 3x2.5 cm, stuck down, centered in a 10x7 cm
field of retiform purpura, firm subcutaneous induration beyond the purpura. No
pus, not fluctuant. Other thigh, trunk and buttocks: clear.

Bx (10/14, 2 deep incisional wedges from the purpuric edge): calcified
subcutaneous arterioles w/ intimal fibroplasia, thrombi, ischemic fat necrosis,
von Kossa +. Tissue culture neg.

Dx: calciphylaxis, R anterior thigh.
Plan:
- thiosulfate 3x/wk w/ his runs (nephrology)
- calcium-based binder stopped; vitamin D dose to be reviewed
- wound: keep eschar dry, cadexomer iodine to edges
- referral to palliative care for pain
- back in 3 wks
"""),
]}

C09 = {"patient_id": "C09", "age": 73, "sex": "F", "notes": [
("2016-09-20", "Community Health Worker Home Visit", """
COMMUNITY HEALTH WORKER - HOME VISIT
CHW: Yesenia P., Kidney Outreach Program

Home visit after pt's call to the program line. 73 y/o F, dialyzes MWF at the
Bayliss Road unit (ESRD), AF on Coumadin, HTN, obese. Lives alone, 1st floor apt.

Last Wednesday night (9/14) her foot skidded on the wet tub floor while
stepping over the rim, and she
landed hard on her left side. Showed me a large purple bruise on her left outer
thigh, about the size of a hand. Says it is sore but she can walk. She did not tell
dialysis staff because she "didn't want a fuss." Told her I would let the unit
nurse know because of the Coumadin.

Home safety:
- no grab bars, slick tub, bath mat missing
- throw rugs in hallway (pt agreed to roll them up, done w/ CHW)
- nightlight in bathroom - placed one from program stock

Referrals: landlord request for grab bars (letter drafted), medical alert pendant
through Medicaid waiver (application started), Meals on Wheels re-enrolled.

Notified HD charge RN (Bernadette) by phone 14:20; she will check INR and the
bruise Friday. Next CHW visit 2 wks.
"""),
("2016-11-01", "Dermatology Consult", """
DERMATOLOGY CONSULT

73F, ESRD, HD since 2012, AF (warfarin), HTN, not diabetic. Nephrology asks us
to see a painful R thigh wound.

HPI: began in early October 2016 as a tender, hard, purple spot, R lateral
thigh; has since opened and turned black. No injury to the R thigh that she recalls.
She fell in mid-September onto her L side; that bruise on the L thigh has faded and
she says that side never hurt like this one.

Exam: 81.5 kg, 1.65 m, BMI 30.0. R lateral thigh: ulcer 6x4 cm, black eschar,
stellate violet border, livedo racemosa around. L thigh: normal
skin, no discoloration, nontender.

Punch bx R lateral thigh 10/25/16: deep dermal/fat arterioles w/ calcium in
the wall and clot inside, fat necrosis - calciphylaxis.

Assessment: R lateral thigh ulcer = calciphylaxis (bx confirmed); warfarin a likely
contributor.
Recs: stop warfarin (discuss w/ cardiology re alternative), thiosulfate at
dialysis, wound clinic, avoid calcium-containing binders. Follow up 2 wks.
"""),
("2016-11-22", "Chaplain Note", """
PASTORAL CARE - outpatient dialysis chaplaincy

Visited pt chairside per her request. She is Pentecostal, attends Bethel Gospel
Tabernacle when she can.

She told me the "calcium sickness" (calciphylaxis) in her right thigh has been the
hardest thing since her husband died. The Coumadin was stopped two weeks ago and she
worries about a stroke now. Her church sisters bring meals and sing to her on the
phone.

We read Psalm 121 together at her request; she sang the last verse. She asked me to
pray for her granddaughter who is deployed. She spoke of being ready to go "when
the Lord says", but is not asking to stop dialysis; she wants to see Christmas
with her family.

Assessment: spiritual resources strong; fear of stroke and of pain; no spiritual
distress that is not being met by her community.
Plan: visit every other week; will let SW know she asked about a home aide.
"""),
]}

C10 = {"patient_id": "C10", "age": 64, "sex": "M", "notes": [
("2018-04-24", "PD Clinic Nephrology Note", """
PERITONEAL DIALYSIS CLINIC - monthly visit

64M ESRD from DM nephropathy on CCPD since 2016, DM2 on insulin (detemir +
aspart), HTN. Staph epi peritonitis in early March 2018 needed 2 HD runs via a
temporary R IJ catheter (removed 3/19); back on CCPD since 3/20, effluent clear.

New: since early April, a painful sore on the L posterior calf. Began as a
tender firm purple nodule, now a shallow ulcer w/ a dark center. No injury
preceded it; no bites, no heat, nothing rubbed there.

Vitals: BP 132/78, wt 79.0 kg, BMI 26.1, afebrile.
Exam: mid posterior L calf - ulcer 2.2x1.8 cm, black base, violaceous rim,
indurated 5 cm. R leg unremarkable. PD catheter exit
clean and dry; tunnel nontender.

Labs: PO4 6.9, tCa 9.4, iPTH 618, Alb 3.0. Weekly Kt/V = 1.8 (Feb).

A/P:
1. Ulcer L calf, worrisome for calciphylaxis -> derm for bx this wk.
   Switch calcium carbonate -> lanthanum.
2. PD - adequate. Continue current Rx.
3. DM - glucose stable, continue insulin.
"""),
("2018-05-08", "Dermatology Clinic Note", """
DERMATOLOGY

64M on PD, DM2 on insulin. Bx of L posterior calf ulcer taken 4/27/18.
Pathology: small subcutaneous vessels calcified, thrombi within them, fat
necrosis (septa and lobules); vasculitis absent; stains for organisms negative.
Findings are
diagnostic of calciphylaxis.

Ulcer now 2.6x2.0 cm, eschar adherent, pain 7/10. Bx site (lateral
margin) closed w/ one 4-0 nylon, to come out next wk at wound clinic. Pt asked
whether his insulin could be the cause; explained it is injected in his abdomen,
far from the leg, and is not the reason.

Dx: calciphylaxis, L calf.
Plan gone over w/ pt and his PD nurse:
- nephrology to start STS (IP route per PD protocol)
- wound clinic q wk
- keep legs elevated when seated; avoid tight socks
Next derm f/u 6 wks.
"""),
("2018-06-12", "Care Coordination Note", """
CARE COORDINATION - Home PD program, phone + clinic huddle
Coordinator: Ahmed R., RN

Pt called the on-call line 6/4. Night of 6/3 he got up to the bathroom, caught his
foot on the cycler drain line in the dark and fell against the metal bed frame,
hitting his left calf on the calciphylaxis wound itself. Blood soaked the
dressing and he says it "got bigger". Wife redressed it; he did not pass out
or hit his head.

Seen in wound clinic 6/6: ulcer enlarged, now 3.5x2.8 cm, new undermining,
no infection.

Home fixes (discussed w/ pt/wife):
- cycler moved to the other side of the bed, drain line run along the wall
  w/ cable clips
- motion nightlight ordered
- urinal at the bedside at night

Other: PT referral for balance; transport to wound clinic now through county van
(Tues). Insulin supplies OK. Mood "OK, frustrated".
Plan: call 1 wk.
"""),
]}

C11 = {"patient_id": "C11", "age": 57, "sex": "F", "notes": [
("2020-01-28", "Dermatology Clinic Note", """
DERMATOLOGY - results visit

57F, ESRD, HD Mon/Wed/Fri. Diabetic; NPH twice daily, which her
daughter gives in the posterior upper arm, alternating sides - never into the
belly, pt says; morbid obesity
(BMI 47.3); HTN.

HPI: since early January 2020 a painful firm plaque on the L lower pannus that
opened a week ago. Punch bx at her visit 1/21/20: medial calcium in small
arterioles, luminal thrombus, necrotic fat (von Kossa +). Read: calciphylaxis.

Exam: L lower abdomen (pannus, 6 cm above the fold): 5 x 4 cm ulcer, 70% yellow
slough, 30% black eschar, violaceous rim, livedo 12 cm around. Bx site sutured,
intact. Arms: mild lipohypertrophy posterior upper arms, skin intact.

Dx: calciphylaxis, L pannus, proven on biopsy.
Plan:
- referral to wound center for debridement and NPWT evaluation
- nephrology: STS 25 g IV each HD, stop calcium acetate
- pain: APAP scheduled, nephro to consider low dose hydromorphone
RTC 4 wks.
"""),
("2020-02-18", "Wound Center Note", """
WOUND CENTER - procedure + visit

Dx: calciphylaxis, L lower pannus of abdomen (bx 1/21/20).

Since last visit daughter has been using a gooseneck heat lamp over the open wound
nightly "to dry it out," started after the biopsy. Asked her to put it away -
it can burn and desiccates the tissue.

Pre-debridement: 5.6x4.3, depth 0.6 cm; 60% slough, 20% eschar, 20% pale granulation.
Procedure: excisional debridement to subcutaneous tissue, curette + scissors,
lidocaine 4% topical, 24 sq cm. Bleeding controlled w/ pressure + silver nitrate.
Post: 5.8x4.5, depth 0.9 cm; 70% beefy granulation.
Vac set to -100 continuous w/ black granufoam, drape bridged off the pannus to
avoid skin fold, tape ladder edges.

Pt tolerated w/ premedication. Pain 6/10 during, 3/10 after.
Plan: home health to change the vac 3 days/wk - Tue, Thu, Sat (MWF clash
w/ HD).
Re-eval 1 wk.
"""),
("2020-03-10", "Care Coordination Note", """
CARE COORDINATION - telephonic, 18 min
Pt's daughter (Keisha, caregiver) on the line w/ pt.

Wound vac: home health agency Brightwater HH making Tue/Thu/Sat visits; one
missed visit last wk due to staffing - escalated to HH supervisor, make-up visit
given. Canister and dressing supplies delivered 3/6.

Caregiver: daughter gives insulin twice a day into her mom's arms, handles meals,
works part time from home; reports she is "stretched thin." Discussed respite
optoins; pt eligible for Medicaid personal care aide - referral sent.

Transport: dialysis van MWF fine; wound center every Weds - ride booked through
plan benefit for next 4 wks.

Pain: pt says it is better since the vac (4/10). Heat lamp was put away after the
wound center's advice.
Plan: follow-up call 2 wks; notify PCP of caregiver strain screen (score 9).
"""),
]}

C12 = {"patient_id": "C12", "age": 69, "sex": "M", "notes": [
("2023-08-15", "Hemodialysis Rounding Note", """
HD ROUNDS - Carrow Valley Dialysis, chair 14, 2nd shift

69M, ESRD from hypertensive nephrosclerosis, HD Tue/Thu/Sat, R arm AVF. DM2,
no meds, diet only (last HbA1c 6.6%). AF - apixaban; has never taken warfarin.
Obesity.

Pt pulls up his shorts to show painful purple patches, upper inner thigh R and
L, there since mid-July, slowly enlarging; pain 6/10, nights worse. I asked in
detail: denies
any fall, bump, scratch or bite; nothing has ever been injected in his thighs;
no heat pad or ice; no tight clothing; does not rest anything on his legs.

Exam: bilateral medial thighs, firm violet plaques with retiform margins,
R 5x4, L 6x3 cm; a little dark crust in the center of the L one. Very tender.

Tx today: 4 h, UF 2.8 L, BP 152/80 -> 128/70, Qb 400. Post wt 99.8 kg.
Labs 8/8: phos 7.4, Ca 10.2, PTH 1,180, albumin 3.3.

Plan: ?calciphylaxis - derm asked to biopsy urgently. Swap calcium acetate
for sevelamer; raise cinacalcet. Discuss w/ pt avoiding any local trauma to the
thighs.
"""),
("2023-08-29", "Dermatology Consult", """
DERMATOLOGY CONSULT

69M on HD, DM w/o meds, AF (apixaban). BMI 32.2 (obese).
Medial thigh plaques, R and L, since mid-July 2023. Once more he denies trauma,
shots, heat or pressure anywhere on the thighs.

Bx 8/18/23 (L medial thigh, two deep punches): small arterioles of the fat
are mineralized and thrombosed, fat necrotic; von Kossa +; vasculitis absent.
Final dx: calciphylaxis.

Exam today: R medial thigh retiform purpura 5.5x4 cm; L medial thigh 6.5x3.5 cm
w/ a 1.5 cm eschar centrally. Livedo across the inner thighs.

Dx: calciphylaxis, R + L medial thighs.
Plan:
- thiosulfate with HD, begun 8/24 (nephrology)
- planned surgical debridement of the L eschar ONLY if it becomes unstable
- counselled: thighs are to be spared heat, cold packs and shots; try not to
  bump the legs
- photos in chart
f/u 4 wks.
"""),
("2023-09-12", "Dialysis Social Work Note", """
SOCIAL WORK - chairside, 30 min, pt + daughter (Noor) present

Reason: coping w/ new dx of calciphylaxis (both inner thighs), caregiver
questions.

Daughter asked many practical questions:
- PCP told them he "may need insulin shots someday if the sugars climb" -
  she wants to know if future shots could cause new sores. Advised to bring it up
  w/ nephrology and derm; the team can pick injection areas away from the thighs
  if insulin is ever needed. He takes no insulin now.
- whether a fall could make it worse - yes, wounds need protecting; fall risk
  screen done (low).

Pt states the pain is "a 5 most days", sleeps in the recliner. Appetite down.
PHQ-9 = 7 (mild).

Interventions: education (calciphylaxis handout from the unit), validated fears,
referral to renal dietitian re appetite, gave foundation info for pain med copays.
Advance directive: pt chooses daughter as agent; form started.

Plan: SW f/u 2 wks.
"""),
]}

C13 = {"patient_id": "C13", "age": 52, "sex": "F", "notes": [
("2025-12-30", "Care Coordination Note", """
CARE COORDINATION - Community Health Worker contact
CHW: D. Fairweather, Westbank Kidney Network

52 y/o F; ESRD - chair time MWF 2nd shift; DM2, uses insulin; HTN. Home visit.

Pt was given a pair of winter boots from the church clothing closet on 12/15.
They are a half size small; after a long walk to the bus on the 18th a
blister formed at her left heel, posteriorly, and popped. She has covered it w/ a
bandage. Showd me: heel blister ~2 cm, dry, no redness spreading.

CHW actions:
- contacted PCP office, nurse advised to keep it clean/covered and have the
  dialysis RN look at it Friday (done - RN says healing)
- connected pt to the diabetic shoe program at podiatry; appt 1/20
- gave 2 pairs of padded socks from program stock
- bus pass renewal submitted

SDOH: food pantry Tuesdays, rent current, phone working.
Next visit 2 wks.
"""),
("2026-02-03", "Wound Clinic Note", """
WOUND CLINIC - new consult

52F, ESRD - HD, DM2 on glargine + aspart (she injects the abdomen), HTN.
BMI 28.4, overweight.

New L medial ankle ulcer since mid-January, severe pain, began as a dusky
purple hard spot over the inner ankle bone. Derm punch bx 1/27/26 (edge):
calcified subcutaneous vessels w/ thrombi - calciphylaxis.

Exam:
- L medial malleolus: 2.8 x 2.4 cm ulcer, black eschar 80%, violaceous rim,
  livedo extending 4 cm up the medial leg
- L posterior heel: healed blister site from new boots in December, intact
  pink skin, nontender. This is separate from the ankle ulcer (about 5 cm apart,
  different surface).
- pedal pulses: DP 1+, PT dopplerable; ABI noncompressible

Assessment: calciphylaxis of the L medial malleolus. Heel friction blister
resolved.
Plan: protective padded dressing, offload ankle in bed, STS w/ HD per nephro,
vascular study (TBI) ordered. RTC 1 wk.
"""),
("2026-02-24", "Chaplain Spiritual Care Note", """
CHAPLAINCY - dialysis unit, chairside

Pt requested "someone to talk to." She is not religious ("raised Baptist, don't go
anymore") but wanted a listener.

She described the ulcer by her left ankle bone, which the doctors call
calciphylaxis, and said the hardest part is that she cannot wear shoes outside,
so she has stopped going to her grandson's basketball games. She laughs about the
boots from the church closet - "they gave me a blister, not this" - and said the
church ladies felt terrible.

Explored meaning and sources of strength: grandchildren, her sister, crossword
puzzles. She feels "left on a shelf." Talked about small ways to stay connected:
video calls of the games; sister could drive her.

Assessment: existential distress related to isolation and loss of role; no
spiritual crisis.
Interventions: presence, active listening, life review.
Plan: return in 2 wks per pt wish; SW informed about transport.
"""),
]}

C14 = {"patient_id": "C14", "age": 44, "sex": "M", "notes": [
("2021-01-29", "ED Provider Note", """
EMERGENCY DEPARTMENT - Dunmore General

CC: fingers black, missed dialysis
44M, ESRD on HD MWF (missed Wed), unhoused since October, prediabetes (HbA1c 6.1%,
untreated), no anticoag. Spent 2 nights outdoors this week at -14 C after being turned
away from a full shelter. R hand numb and painful, fingertips turned dark.

VS: T 35.9  HR 104  BP 182/104  SpO2 96%
Exam: R 3rd and 4th fingertips: dusky blue-black, cool, hemorrhagic blisters at
the distal pads; R 2nd finger pale, cap refill slow. L hand normal.
Labs: K 6.4, HCO3 16, BUN 112.

Dx: frostbite R hand (2nd-4th digits, deep on 3rd/4th); hyperkalemia from
missed HD.
Tx: warm water bath 40 C rewarming, ibuprofen held (ESRD), elevate, urgent HD
tonight. Hand surgery f/u. SW consult for shelter placement.
"""),
("2021-03-16", "Dialysis Social Work Note", """
SOCIAL WORK - outpatient HD, chairside

Update: pt has a bed at Harbor Light shelter since 2/5 and has not missed a
treatment since. Hand clinic following his R fingertips (dry black tips, waiting
for them to demarcate).

New: on 3/10 a loose dog at the encampment where he visits friends bit his left
calf. He went to urgent care: wound washed, amoxicillin-clavulanate, rabies
vaccine series started (dog not found). Showed me a bandaged wound mid L calf.

Interventions:
- coordinated rabies vaccine days w/ his HD schedule (urgent care to give doses
  on Tue/Thu)
- SSI application appointment 3/22
- Housing First application submitted via coordinated entry, prioritized (medical
  vulnerability score 12)
- phone minutes card provided

Pt engaged, hopeful about housing. Plan: SW f/u 1 wk.
"""),
("2021-05-04", "Dermatology Consult", """
DERMATOLOGY CONSULT

44M ESRD on HD, prediabetic, unhoused (in shelter), referred for painful abdominal
plaques and "several wounds". Wt 66 kg, BMI 22.5.

1. Lower abdomen: since April, two exquisitely tender, indurated violaceous plaques
   periumbilical and L lower quadrant, largest 5 x 4 cm w/ central necrosis.
   Nothing was ever injected there, and no injury to the belly before this.
   Bx 4/27/21: calcified media of subcut arterioles, thrombosis, necrotic fat
   -> calciphylaxis.
2. R 3rd/4th fingertips: dry gangrene, demarcated - sequelae of January frostbite.
   Not calciphylaxis; hand surgery planning amputation of tips.
3. L mid calf: granulating ulcer 2x1.5 cm at the dog bite from 3/10, healing
   well. Not calciphylaxis.

Labs: Ca 10.4 (corr), P 8.1, PTH 1,650.
Assessment: biopsy-proven calciphylaxis, abdominal wall; frostbite and bite
wounds unrelated.
Plan: thiosulfate w/ dialysis, no more calcium binder, cinacalcet; wound care
to abdomen;
SW re wound supplies in shelter.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
