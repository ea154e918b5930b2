"""probe65 corpus notes, P15-P20 (home health and PT/OT home visits; all invented)."""

P15 = {"patient_id": "P15", "age": 83, "sex": "F", "notes": [
("2019-03-05", "Home Health SN Visit", """
SKILLED NURSING - insulin admin teaching / skin
83 yo F. Kidney failure, dialyzes via tunneled R chest cath (Mon Wed Fri). Type 2 diabetic, insulin: daughter-in-law Priya draws up + gives Novolog 70/30 twice daily, always injected to the right of the umbilicus ("the hospital nurse taught me on that side"). Wt 68 kg, BMI 27.0.
Skin: at her injection zone, R lower abd - firm nodule abt 3 cm, exquisitely tender, dusky center, faint lacy violet ring. Started roughly 2 wks ago per Priya.
Called PCP office (Dr. Ferreira): ? calciphylaxis vs injection site abscess vs fat necrosis. Asked Priya to move injections to L side for now. Photo uploaded to chart.
"""),
("2019-03-19", "Home Health PT Visit", """
PT visit 5
Pt notably weaker since last wk - gait 20 ft w/ RW and mod A, needs 2 rests. Sit<>stand mod A x2 trials. Sleeping most of the day per family.
Family meeting held yesterday w/ nephrology re: stopping HD and enrolling in hospice; pt in agreement.
Per PCP, derm offered a biopsy to r/o calciphylaxis - pt declined: "I'm not having anybody cut on me at my age."
R abd nodule now w/ a small black scab, pt winces w/ waistband.
"""),
("2019-04-02", "Home Health SN Discharge Summary", """
DISCHARGE SUMMARY - SN
D/c reason: transferred to hospice agency 3/30; hemodialysis discontinued.
Abd lesion at insulin area never biopsied or worked up - etiology unclear. PCP's last note lists "possible calciphylaxis, not confirmed." Comfort-focused plan per hospice.
Insulin reduced to once daily per hospice MD.
"""),
]}

P16 = {"patient_id": "P16", "age": 59, "sex": "M", "notes": [
("2021-08-17", "Home Health PT Visit", """
HH PT - visit 3 of 8
59 y/o M, ESRD; gets hemodialysis at the Fairmount unit on a Tu-Th-Sa schedule. Obese, BMI 33.0 per dialysis. Not diabetic. On Eliquis for AF, never on coumadin per pt.
S: R shin painful w/ walking, 5/10.
O: R anterior shin, lower third - shallow ulcer 4 cm, purple rim, yellow base; brawny pitting edema of the R lower leg to mid-calf, hemosiderin staining. Pt denies any injury to that leg.
Wound clinic note 8/12 reviewed: differential calciphylaxis vs venous stasis ulcer; punch bx 8/12 nondiagnostic (superficial, no subcutaneous fat sampled); repeat deeper bx recommended.
Gait 150 ft SPC SBA, mild antalgic pattern R.
"""),
("2021-09-07", "Home Health PT Discharge Summary", """
PT DISCHARGE
Reason: pt relocating to daughter's home out of state on 9/10; HH services ending.
Repeat biopsy did not happen before move. Per wound clinic, the R shin ulcer remains undiagnosed - calciphylaxis still on the differential, not excluded and not proven. Records faxed to new PCP.
Status: gait 200 ft SPC mod I, HEP independent.
"""),
]}

P17 = {"patient_id": "P17", "age": 74, "sex": "F", "notes": [
("2024-10-08", "Home Health PT Visit", """
PT visit
74F on CCPD at home (husband sets up the cycler). Not diabetic. BMI 29.8 - pt calls herself "overweight, not fat." No warfarin or other thinners.
S: On 9/30 she knocked her L lower leg, back of the calf, against the iron footboard when getting up to use the bathroom at 3am. Now painful, "won't settle."
O: L posterior calf at the knock site - 3 cm firm purplish area, small dusky center, very tender. Skin otherwise intact.
Notified PD nurse Gwen at renal clinic.
Gait 180 ft SPC SBA; night-time path to bathroom cleared, night light installed.
"""),
("2024-10-22", "Home Health SN Visit", """
SN visit
Renal NP saw pt at clinic 10/17: "concern for CUA vs traumatic hematoma w/ fat necrosis", biopsy booked for 11/1.
L posterior calf: plaque 3.5 cm w/ central eschar, border violaceous. Pain 6/10. Dressing: non-stick pad + tubular bandage.
"""),
("2024-11-05", "Home Health PT Visit", """
PT visit
Pt cancelled the 11/1 biopsy - "tired of doctors poking me." Renal chart still lists it as suspected calciphylaxis, unconfirmed; pt aware.
Gait 200 ft SPC mod I. Plan d/c next visit if stable.
"""),
]}

P18 = {"patient_id": "P18", "age": 61, "sex": "F", "notes": [
("2018-05-15", "Home Health SN Visit", """
SN visit - post hospital, new anticoagulant
61F. CKD 3b (last Cr 1.9), no dialysis. Obese, BMI 36.0. No diabetes. Warfarin started 5/2 for new PE, INR 3.1 today.
R lateral thigh: 6 cm painful purple-black area with hemorrhagic blisters, appeared around 5/8, spreading.
PCP paged, worried about warfarin necrosis, ?calciphylaxis also raised - pt sent to ED.
"""),
("2018-05-22", "Home Health PT Visit", """
PT visit - resumption of care
Pt in hospital 5/16-5/20. Per d/c summary: bx R thigh showed warfarin-induced skin necrosis; no features of calciphylaxis. Warfarin stopped, switched to apixaban.
Gait 100 ft RW SBA; sit<>stand from bed w/ rail, SBA.
"""),
("2018-06-05", "Home Health SN Visit", """
SN visit - wound
R thigh necrotic wound 5 x 4 cm, granulation 70%, no odor, edges contracting. Derm f/u 6/1 reviewed: calciphylaxis ruled out, path c/w coumadin necrosis, protein C level pending.
Pt on apixaban, tolerating. Walking to mailbox daily w/ RW.
"""),
]}

P19 = {"patient_id": "P19", "age": 57, "sex": "M", "notes": [
("2022-03-08", "Home Health OT Evaluation", """
OT EVALUATION
57 yo man w/ ESKD, dialyzed (hemo) Monday/Wednesday/Friday. Type 2 DM, uses glargine nightly. BMI 29.5. No warfarin.
Pt anxious about his skin - says his mother, who was also a dialysis patient, developed calciphylaxis, and it was what she died of, back in 2015.
Full skin check done at his request: intact, no lesions, no discoloration.
ADLs: independent UB, LB dressing needs sock aid.
"""),
("2022-03-22", "Home Health OT Visit", """
OT visit - final
Sock aid use independent. Tub transfer bench mod I, grab bar installed by his brother-in-law.
Skin on legs, feet and trunk looked over again at pt's request: intact, no discolored areas. Pt reassured; we went over which skin changes should prompt a call to the renal team. Pateint to be d/c'd from OT, goals met.
"""),
]}

P20 = {"patient_id": "P20", "age": 66, "sex": "F", "notes": [
("2025-06-10", "Home Health OT Visit", """
OT visit - energy conservation / kitchen safety
66F on PD (manual exchanges 4x daily, does them herself in the spare room). Prediabetes - A1c 6.1 and no medication. BMI 31.5. On Coumadin since PE in 2023.
Pt asked about "that skin disease the dialysis people keep mentioning." Education given w/ renal handout: heating pad and ice pack never directly against her skin; if she ever develops a painful purple patch or a sore that turns black, it could be calciphylaxis - call renal right away, don't wait for the next clinic.
Skin check of arms, legs, abdomen around PD catheter: intact.
Kitchen task: made tea w/ perching stool, 2 rests. Reacher issued.
"""),
("2025-06-24", "Home Health PT Visit", """
PT visit
Gait 250 ft no AD, TUG 13.8 sec. Stairs 12 w/ rail.
Pt repeated back the warning signs from OT teaching. No new skin issues reported; legs and feet inspected, no lesions.
"""),
("2025-07-08", "Home Health PT Discharge Summary", """
PT D/C
All goals met; pt walks community distances w/o device. HEP independent.
Skin intact at d/c. Weight stable per PD log.
"""),
]}

PATIENTS = [P15, P16, P17, P18, P19, P20]
